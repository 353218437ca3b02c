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
import be.taakwijzer.ui.testsupport.BrowserSession;
import be.taakwijzer.ui.testsupport.TestIdentityProvider;

/**
 * The group dashboard in a real headless Chromium: ECharts, loaded at runtime from its WebJar, draws
 * every chart of the page on a canvas (painted pixels, not just an empty element).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardChartsBrowserTest {

    private static final List<String> CHARTS = List.of("dashboard-coverage-chart", "dashboard-clusters-chart", "dashboard-funding-chart");

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
}
