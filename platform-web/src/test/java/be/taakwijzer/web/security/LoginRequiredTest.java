package be.taakwijzer.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import be.taakwijzer.ui.testsupport.TestIdentityProvider;

/** Nothing of platform-web is reachable without logging in through the OpenID Connect provider. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginRequiredTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pagesSendAnonymousVisitorsToTheLoginOfTheProvider() throws Exception {
        for (String path : new String[] {"/", "/catalogus"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).get().asString()
                    .endsWith("/oauth2/authorization/taakwijzer");
        }
        HttpResponse<String> authorization = get("/oauth2/authorization/taakwijzer");
        assertThat(authorization.headers().firstValue("Location")).get().asString()
                .startsWith(TestIdentityProvider.issuerUri() + "/authorize")
                .contains("code_challenge=", "code_challenge_method=S256", "scope=openid");
    }

    @Test
    void healthStaysReachableForMonitoring() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
