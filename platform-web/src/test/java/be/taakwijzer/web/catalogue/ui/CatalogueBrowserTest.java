package be.taakwijzer.web.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.ui.testsupport.BrowserSession;
import be.taakwijzer.ui.testsupport.TestIdentityProvider;

/** The main flow in a real headless Chromium: log in through OpenID Connect, browse the catalogue, switch language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogueBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void aRegisteredDirectorLogsInOpensTheCatalogueAndSwitchesToEnglish() throws Exception {
        UUID group = TestTenants.createGroup("Scholengroep Noorderlicht");
        UUID school = TestTenants.createSchool(group, "Basisschool De Vlinder");
        String email = TestTenants.uniqueEmail("directeur", "noorderlicht.example");
        TestTenants.createStaff(group, email, "SCHOOL_DIRECTOR", school);
        TestIdentityProvider.nextLoginIs("directeur-" + UUID.randomUUID(), "Directeur Vlinder", email);
        try (BrowserSession browser = new BrowserSession()) {
            browser.driver().get("http://localhost:" + port + "/catalogus");
            var wait = browser.waitUpTo(Duration.ofSeconds(60));

            wait.until(ExpectedConditions.textToBe(By.tagName("h2"), "Takencatalogus"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("task-count"), "taken"));
            assertThat(browser.driver().findElement(By.id("current-user")).getText()).startsWith("Testpersoon directeur.");
            assertThat(browser.driver().findElement(By.id("task-grid")).getText())
                    .contains("Implementeren en opvolgen van een back-upstrategie inclusief archivering");
            browser.screenshot("catalogue-nl");

            browser.driver().findElement(By.id("language-switcher")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[normalize-space(.)='EN']"))).click();

            wait.until(ExpectedConditions.textToBe(By.tagName("h2"), "Task catalogue"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("task-grid"), "backup strategy"));
            assertThat(browser.driver().getTitle()).isEqualTo("Task catalogue | Taakwijzer");
            browser.screenshot("catalogue-en");

            // Logging out ends the provider's session too and comes back to a fresh login.
            TestIdentityProvider.nextLoginIs("bezoeker-" + UUID.randomUUID(), "Onbekende Bezoeker", "bezoeker@elders.example");
            browser.driver().findElement(By.id("logout")).click();
            wait.until(ExpectedConditions.textToBe(By.id("no-access-title"), "Je hebt nog geen toegang"));
        }
    }

    @Test
    void aPersonNobodyRegisteredIsToldToAskTheirSchoolGroup() throws Exception {
        TestIdentityProvider.nextLoginIs("bezoeker-" + UUID.randomUUID(), "Onbekende Bezoeker", "bezoeker@elders.example");
        try (BrowserSession browser = new BrowserSession()) {
            browser.driver().get("http://localhost:" + port + "/catalogus");
            browser.waitUpTo(Duration.ofSeconds(60))
                    .until(ExpectedConditions.textToBe(By.id("no-access-title"), "Je hebt nog geen toegang"));
            assertThat(browser.driver().findElement(By.id("no-access-explanation")).getText()).contains("bezoeker@elders.example");
            assertThat(browser.driver().findElements(By.id("task-grid"))).isEmpty();
            browser.screenshot("no-access-nl");
        }
    }
}
