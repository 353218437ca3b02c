package be.taakwijzer.web.dashboard.ui;

import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import be.taakwijzer.allocation.AllocationInput;
import be.taakwijzer.allocation.AllocationShare;
import be.taakwijzer.allocation.PersonInput;
import be.taakwijzer.allocation.PersonRole;
import be.taakwijzer.allocation.SchoolPlan;
import be.taakwijzer.allocation.SchoolPlanService;
import be.taakwijzer.allocation.SchoolYearService;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.testsupport.UmbrellaFixtures;
import be.taakwijzer.ui.testsupport.BrowserSession;
import be.taakwijzer.ui.testsupport.TestIdentityProvider;

/**
 * The group and umbrella dashboards in a real headless Chromium, each after its own login: ECharts, loaded
 * at runtime from its WebJar, draws every chart of the page on a canvas (painted pixels, not just an
 * empty element).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardChartsBrowserTest {

    private static final List<String> CHARTS = List.of("dashboard-coverage-chart", "dashboard-clusters-chart", "dashboard-funding-chart");
    private static final List<String> UMBRELLA_CHARTS = List.of("umbrella-coverage-chart", "umbrella-hours-chart");

    /** How many pixels of the chart's canvas are painted. */
    private static final String PAINTED_PIXELS = """
            const canvas = document.querySelector('#' + arguments[0] + ' canvas');
            if (!canvas || canvas.width === 0) { return 0; }
            const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let painted = 0;
            for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) { painted++; } }
            return painted;""";

    @LocalServerPort
    int port;

    @Autowired
    SchoolPlanService plans;
    @Autowired
    SchoolYearService years;

    @Test
    void theDashboardsChartsAreDrawn() throws Exception {
        UUID group = TestTenants.createGroup("Scholengroep Noorderlicht");
        UUID vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");
        TestTenants.createSchool(group, "Basisschool Het Kompas");
        String ict = TestTenants.uniqueEmail("ict", "noorderlicht.example");
        TestTenants.createStaff(group, ict, "GROUP_ICT_STAFF", null);
        tenant(group, () -> {
            SchoolPlan plan = plans.addPerson(vlinder, years.current(), 0, new PersonInput("Ann", null, PersonRole.TECHNISCH_ICT_COORDINATOR,
                    Map.of("ICT_UREN", new BigDecimal("50")), Set.of()), "ict");
            return plans.allocate(vlinder, years.current(), plan.version(), new AllocationInput("TECH_CORE_01", "",
                    List.of(new AllocationShare(plan.people().getFirst().id(), new BigDecimal("12.5"), "ICT_UREN"))), false, "ict");
        });

        try (BrowserSession session = new BrowserSession()) {
            TestIdentityProvider.nextLoginIs("ict-" + UUID.randomUUID(), "ICT Noorderlicht", ict);
            WebDriver browser = session.driver();
            WebDriverWait wait = session.waitUpTo(Duration.ofSeconds(60));
            browser.get("http://localhost:" + port + "/dashboard");
            for (String chart : CHARTS) {
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " canvas")));
                wait.until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(PAINTED_PIXELS, chart)).longValue() > 1000);
            }
            assertThat(browser.findElement(By.id("dashboard-table")).getText()).contains("Basisschool De Vlinder");
            session.screenshot("dashboard-charts");
        }
    }

    @Test
    void theUmbrellaDashboardsChartsAreDrawnForAnAdviser() throws Exception {
        // five schools of 150-299 pupils in two groups: enough for every figure of that band to be shown
        UUID umbrella = UmbrellaFixtures.umbrella();
        UUID noord = UmbrellaFixtures.group(umbrella);
        UUID zuid = UmbrellaFixtures.group(umbrella);
        for (int i = 0; i < 5; i++) {
            UUID group = i < 3 ? noord : zuid;
            UUID school = UmbrellaFixtures.school(group);
            UmbrellaFixtures.hours(group, school, "TECH_CORE_01", "TECHNISCH_ICT_COORDINATOR", String.valueOf(10 + i));
        }
        String adviser = TestTenants.uniqueEmail("adviseur", "koepel.example");
        TestTenants.createUmbrellaAdviser(umbrella, adviser);

        try (BrowserSession session = new BrowserSession()) {
            TestIdentityProvider.nextLoginIs("adviser-" + UUID.randomUUID(), "Adviseur Koepel", adviser);
            WebDriver browser = session.driver();
            WebDriverWait wait = session.waitUpTo(Duration.ofSeconds(60));
            // the groups have only the fixtures' school year: the page shows that one
            browser.get("http://localhost:" + port + "/koepel");
            wait.until(ExpectedConditions.textToBe(By.id("umbrella-schools"), "Dit schooljaar tellen 5 scholen mee: de scholen van de scholengroepen die het schooljaar hebben aangemaakt."));
            for (String chart : UMBRELLA_CHARTS) {
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " canvas")));
                wait.until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(PAINTED_PIXELS, chart)).longValue() > 1000);
            }
            session.screenshot("umbrella-dashboard-charts");
        }
    }
}
