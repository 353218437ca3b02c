package be.taakwijzer.admin.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import be.taakwijzer.ui.testsupport.BrowserSession;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import be.taakwijzer.ui.testsupport.KeycloakLoginPage;

/** End to end with the real Keycloak: the console admits the operator and refuses a school director. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.security.oauth2.client.provider.taakwijzer.issuer-uri=${TAAKWIJZER_E2E_KEYCLOAK_URL:http://localhost:8180}/realms/taakwijzer",
        "spring.security.oauth2.client.registration.taakwijzer.client-id=taakwijzer-admin",
        "spring.security.oauth2.client.registration.taakwijzer.client-secret=admin-demo-secret"})
class OperatorLoginE2E {

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;

    private double logins(String role) {
        Counter counter = meters.find("taakwijzer.logins").tag("role", role).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void theOperatorGetsInADirectorDoesNot() throws Exception {
        double operatorsBefore = logins("PLATFORM_OPERATOR");
        double othersBefore = logins("NONE");
        try (BrowserSession browser = new BrowserSession()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));
            driver.get("http://127.0.0.1:" + port + "/");
            new KeycloakLoginPage(browser).enterEmail("operator@taakwijzer.example").enterPassword("operator");
            wait.until(ExpectedConditions.textToBe(By.tagName("h2"), "Beheerconsole"));
            browser.screenshot("e2e-operator");
        }
        try (BrowserSession browser = new BrowserSession()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));
            driver.get("http://127.0.0.1:" + port + "/");
            new KeycloakLoginPage(browser).enterEmail("directeur.vlinder@noorderlicht.example").atRealm("groep-sim").enterPassword("demo");
            wait.until(ExpectedConditions.textToBe(By.id("access-denied-title"), "Alleen voor operatoren"));
            assertThat(driver.findElements(By.id("admin-welcome"))).isEmpty();
            browser.screenshot("e2e-director-refused-in-console");
        }
        assertThat(logins("PLATFORM_OPERATOR")).as("the operator's login is counted").isEqualTo(operatorsBefore + 1);
        assertThat(logins("NONE")).as("the refused login too").isEqualTo(othersBefore + 1);
    }
}
