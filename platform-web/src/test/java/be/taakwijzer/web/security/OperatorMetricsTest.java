package be.taakwijzer.web.security;

import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import be.taakwijzer.allocation.PersonInput;
import be.taakwijzer.allocation.PersonRole;
import be.taakwijzer.allocation.SchoolPlanService;
import be.taakwijzer.allocation.SchoolYearService;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.testsupport.TestTenants;

/** What the operators read in Prometheus: logins per role, changes to tenant data, slow requests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperatorMetricsTest {

    @LocalServerPort
    int port;
    @Autowired
    LoginMetrics logins;
    @Autowired
    SchoolPlanService plans;
    @Autowired
    SchoolYearService years;

    @Test
    void loginsChangesAndRequestTimesAreExposedForPrometheus() throws Exception {
        UUID group = TestTenants.createGroup("Scholengroep Noorderlicht");
        UUID school = TestTenants.createSchool(group, "Basisschool De Vlinder");
        tenant(group, () -> plans.addPerson(school, years.current(), 0, new PersonInput("Ann", null, PersonRole.TECHNISCH_ICT_COORDINATOR,
                Map.of("ICT_UREN", new BigDecimal("10")), Set.of()), "ict"));
        logins.count(Optional.of(StaffRole.GROUP_ICT_STAFF));
        HttpClient http = HttpClient.newHttpClient();
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());

        String metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).containsPattern("taakwijzer_changes_total\\{action=\"[A-Z]+\",entity=\"[a-z_]+\"[^}]*} [1-9]");
        assertThat(metrics).containsPattern("taakwijzer_logins_total\\{role=\"GROUP_ICT_STAFF\"[^}]*} [1-9]");
        assertThat(metrics).contains("http_server_requests_seconds_bucket{").contains("le=\"1.0\"");
    }
}
