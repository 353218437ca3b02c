package be.taakwijzer.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.ui.testsupport.BrowserSession;
import be.taakwijzer.ui.testsupport.KeycloakLoginPage;

/**
 * End to end with the real Keycloak of infra/keycloak (started by infra/run-tests.sh): a director logs
 * in through the school group's own identity provider (the groep-sim realm), routed there by the
 * domain of their e-mail address; a second person logs in through ACM/IDM (the acmidm-sim realm).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.security.oauth2.client.provider.taakwijzer.issuer-uri=${TAAKWIJZER_E2E_KEYCLOAK_URL:http://localhost:8180}/realms/taakwijzer",
        "spring.security.oauth2.client.registration.taakwijzer.client-id=taakwijzer-web",
        "spring.security.oauth2.client.registration.taakwijzer.client-secret=web-demo-secret"})
class KeycloakLoginE2E {

    /** Keycloak accepts any port on the loopback address 127.0.0.1 (RFC 8252), not on localhost. */
    @LocalServerPort
    int port;

    private String app() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void aDirectorLogsInThroughTheGroupsOwnProviderAndSeesOnlyWhatADirectorMay() throws Exception {
        UUID group = TestTenants.createGroup("Scholengroep Noorderlicht");
        UUID school = TestTenants.createSchool(group, "Basisschool De Vlinder");
        UUID otherSchool = TestTenants.createSchool(group, "Basisschool Het Kompas");
        UUID otherGroupsSchool = TestTenants.createSchool(TestTenants.createGroup("Scholengroep Zuiderzon"), "Basisschool De Zonnewijzer");
        TestTenants.createStaff(group, "directeur.vlinder@noorderlicht.example", "SCHOOL_DIRECTOR", school);

        try (BrowserSession browser = new BrowserSession()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));
            driver.get(app() + "/");

            // identity-first: the e-mail's domain routes to the group's provider
            new KeycloakLoginPage(browser).enterEmail("directeur.vlinder@noorderlicht.example").atRealm("groep-sim").enterPassword("demo");

            // a director starts at their own school
            wait.until(ExpectedConditions.textToBe(By.id("school-title"), "Basisschool De Vlinder"));
            assertThat(driver.findElement(By.id("current-user")).getText()).isEqualTo("Testpersoon directeur.vlinder");
            browser.screenshot("e2e-director-school");

            for (String refused : new String[] {"/medewerkers", "/scholen/" + otherSchool, "/scholen/" + otherGroupsSchool}) {
                driver.get(app() + refused);
                wait.until(ExpectedConditions.textToBe(By.id("access-denied-title"), "Geen toegang tot deze pagina"));
                assertThat(driver.findElements(By.id("staff-grid"))).as(refused).isEmpty();
                assertThat(driver.findElements(By.id("school-title"))).as(refused).isEmpty();
                assertThat(driver.getPageSource()).as(refused).doesNotContain("Het Kompas", "Zonnewijzer");
            }
            browser.screenshot("e2e-director-refused");

            // Logging out ends the Keycloak session too: the next visit asks for the e-mail address again.
            driver.findElement(By.id("logout")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            assertThat(driver.getCurrentUrl()).contains("/realms/taakwijzer/");
        }
    }

    @Test
    void aDirectorLogsInThroughAcmIdm() throws Exception {
        UUID group = TestTenants.createGroup("Scholengroep Noorderlicht");
        // the instellingsnummer ACM/IDM (acmidm-sim) names as this director's organisation
        UUID school = TestTenants.createSchool(group, "Atheneum Poolster", "099013");
        TestTenants.createStaff(group, "directeur.poolster@noorderlicht.example", "SCHOOL_DIRECTOR", school);

        try (BrowserSession browser = new BrowserSession()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));
            driver.get(app() + "/");
            // ACM/IDM knows people by its own user name; the e-mail comes as vo_email
            new KeycloakLoginPage(browser).choose("acmidm").atRealm("acmidm-sim").enterUserAndPassword("poolster", "demo");

            wait.until(ExpectedConditions.textToBe(By.id("school-title"), "Atheneum Poolster"));
            assertThat(driver.findElement(By.id("current-user")).getText()).isEqualTo("Testpersoon directeur.poolster");
            browser.screenshot("e2e-acmidm-school");
        }
    }

    @Test
    void anUmbrellaAdviserLogsInThroughAcmIdmWithoutAnySchoolGroup() throws Exception {
        UUID umbrella = TestTenants.createUmbrella("KOEPEL-VOORBEELD");
        TestTenants.createUmbrellaAdviser(umbrella, "adviseur@koepel-voorbeeld.example");

        try (BrowserSession browser = new BrowserSession()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));
            driver.get(app() + "/");
            new KeycloakLoginPage(browser).choose("acmidm").atRealm("acmidm-sim").enterUserAndPassword("adviseur.koepel", "demo");

            // an adviser starts at the umbrella's dashboard (aggregates only; no group has a school year here)
            wait.until(ExpectedConditions.textToBe(By.tagName("h2"), "Dashboard koepel"));
            assertThat(driver.findElement(By.id("current-user")).getText()).isEqualTo("Adviseur adviseur@koepel-voorbeeld.example");
            driver.get(app() + "/medewerkers");
            wait.until(ExpectedConditions.textToBe(By.id("access-denied-title"), "Geen toegang tot deze pagina"));
        }
    }
}
