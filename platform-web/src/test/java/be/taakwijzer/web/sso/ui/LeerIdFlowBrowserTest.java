package be.taakwijzer.web.sso.ui;

import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import be.taakwijzer.allocation.CentralTaskInput;
import be.taakwijzer.allocation.CentralTaskService;
import be.taakwijzer.allocation.CentralTaskStatus;
import be.taakwijzer.allocation.SchoolYearService;
import be.taakwijzer.sso.LeerIdSchool;
import be.taakwijzer.sso.LeerIdService;
import be.taakwijzer.sso.LeerIdState;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.ui.testsupport.BrowserSession;
import be.taakwijzer.ui.testsupport.TestIdentityProvider;

/**
 * The LeerID flow in a real headless Chromium: group ICT staff open a school in test on the LeerID
 * page, move it to live, and the page shows it live, in the school's panel and in the group's grid;
 * the school's single sign-on task, open before, now shows as handled centrally.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeerIdFlowBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    LeerIdService leerId;
    @Autowired
    CentralTaskService centralTasks;
    @Autowired
    SchoolYearService years;

    @Test
    void ictStaffMoveASchoolFromTestToLiveAndItsSingleSignOnTaskShowsCovered() throws Exception {
        UUID group = TestTenants.createGroup("Scholengroep Noorderlicht");
        String nummer = TestTenants.uniqueInstellingsnummer();
        UUID vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder", nummer);
        TestTenants.createSchool(group, "Basisschool Het Kompas");
        String ict = TestTenants.uniqueEmail("ict", "noorderlicht.example");
        TestTenants.createStaff(group, ict, "GROUP_ICT_STAFF", null);
        // the group runs LeerID centrally for all its schools: the task follows each school's LeerID state
        tenant(group, () -> centralTasks.add(years.current(), new CentralTaskInput("TECH_CENTRAL_02", "LEERID", null, BigDecimal.TEN,
                null, CentralTaskStatus.ACTIVE, "", true, Set.of()), "ict"));
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

            // before: the school's single sign-on task is open, although the group runs LeerID centrally
            browser.get(app("/scholen/" + vlinder));
            wait.until(ExpectedConditions.textToBe(By.id("school-title"), "Basisschool De Vlinder"));
            assertThat(browser.findElement(By.id("allocate-TECH_CENTRAL_02")).getAttribute("disabled")).isNull();
            browser.get(app("/leerid"));

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

            // after: LeerID live takes the task off the school, with LeerID as its provider
            browser.get(app("/scholen/" + vlinder));
            wait.until(ExpectedConditions.textToBe(By.id("school-title"), "Basisschool De Vlinder"));
            assertThat(browser.findElement(By.id("allocate-TECH_CENTRAL_02")).getAttribute("disabled")).isNotNull();
            assertThat(browser.findElement(By.id("plan-summary")).getText()).contains("1 centraal");
            session.screenshot("leerid-2-school-covered");
        }
        assertThat(tenant(group, () -> leerId.school(vlinder)).orElseThrow().state()).isEqualTo(LeerIdState.LIVE);
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
