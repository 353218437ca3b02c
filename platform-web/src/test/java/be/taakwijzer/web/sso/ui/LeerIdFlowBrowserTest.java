package be.taakwijzer.web.sso.ui;

import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import be.taakwijzer.sso.LeerIdSchool;
import be.taakwijzer.sso.LeerIdService;
import be.taakwijzer.sso.LeerIdState;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.ui.testsupport.BrowserSession;
import be.taakwijzer.ui.testsupport.TestIdentityProvider;

/**
 * The LeerID flow in a real headless Chromium: group ICT staff open a school in test on the LeerID
 * page, move it to live, and the page shows it live, in the school's panel and in the group's grid.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeerIdFlowBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    LeerIdService leerId;

    @Test
    void ictStaffMoveASchoolFromTestToLiveAndThePageShowsIt() throws Exception {
        UUID group = TestTenants.createGroup("Scholengroep Noorderlicht");
        String nummer = TestTenants.uniqueInstellingsnummer();
        UUID vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder", nummer);
        TestTenants.createSchool(group, "Basisschool Het Kompas");
        String ict = TestTenants.uniqueEmail("ict", "noorderlicht.example");
        TestTenants.createStaff(group, ict, "GROUP_ICT_STAFF", null);
        tenant(group, () -> {
            LeerIdSchool s = leerId.changeState(vlinder, 0, LeerIdState.REQUESTED, "", "ict");
            return leerId.changeState(vlinder, s.version(), LeerIdState.TEST, "", "ict");
        });

        try (BrowserSession session = new BrowserSession()) {
            TestIdentityProvider.nextLoginIs("ict-" + UUID.randomUUID(), "ICT Noorderlicht", ict);
            WebDriver browser = session.driver();
            WebDriverWait wait = session.waitUpTo(Duration.ofSeconds(60));
            browser.get(app("/leerid"));
            wait.until(ExpectedConditions.textToBe(By.id("leerid-grid-state-" + nummer), "Test"));

            wait.until(ExpectedConditions.elementToBeClickable(By.id("leerid-open-" + nummer))).click();
            wait.until(ExpectedConditions.textToBe(By.id("leerid-school-name"), "Basisschool De Vlinder"));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("leerid-change-state"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("leerid-state-target")));
            assertThat(browser.findElement(By.id("leerid-state-target")).getText()).as("the next step is proposed").contains("Live");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("leerid-state-save"))).click();

            wait.until(ExpectedConditions.textToBe(By.id("leerid-state"), "Live"));
            wait.until(ExpectedConditions.textToBe(By.id("leerid-grid-state-" + nummer), "Live"));
            assertThat(browser.findElement(By.id("leerid-history-grid")).getText()).contains("Test → Live");
            session.screenshot("leerid-1-live");
        }
        assertThat(tenant(group, () -> leerId.school(vlinder)).orElseThrow().state()).isEqualTo(LeerIdState.LIVE);
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
