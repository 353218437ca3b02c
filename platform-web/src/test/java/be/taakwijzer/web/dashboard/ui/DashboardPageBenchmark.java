package be.taakwijzer.web.dashboard.ui;

import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
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
import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.SchoolYearService;
import be.taakwijzer.allocation.TaskState;
import be.taakwijzer.catalogue.CatalogueService;
import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.ui.testsupport.BrowserSession;
import be.taakwijzer.ui.testsupport.TestIdentityProvider;

/**
 * A benchmark, not a test (its name keeps it out of the normal test run; {@code infra/run-benchmarks.sh}
 * runs it): the group dashboard of a 30-school group in headless Chromium, (1) the time from asking for
 * the page until every chart is painted, (2) the server heap each open dashboard session keeps: live heap
 * after full GC with N more sessions open (each its own login, its dashboard open in its own tab) against
 * before them, divided by N. The group's plans are made through the services.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardPageBenchmark {

    private static final int SCHOOLS = 30;
    private static final int PEOPLE_PER_SCHOOL = 10;
    private static final int WARM_UP = 5;
    private static final int MEASURED = 20;
    private static final int SESSIONS = 20;
    private static final List<String> CHARTS = List.of("dashboard-coverage-chart", "dashboard-clusters-chart", "dashboard-funding-chart",
            "dashboard-change-chart");
    private static final List<String> FUNDING = List.of("ICT_UREN", "BPT_UREN", "WERKINGSMIDDELEN", "PUNTENENVELOPPE");
    private static final String ALL_PAINTED = """
            return arguments[0].every(id => {
                const canvas = document.querySelector('#' + id + ' canvas');
                if (!canvas || canvas.width === 0) { return false; }
                const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                for (let i = 3; i < data.length; i += 64) { if (data[i] > 0) { return true; } }
                return false;
            });""";

    @LocalServerPort
    int port;

    @Autowired
    SchoolPlanService plans;
    @Autowired
    SchoolYearService years;
    @Autowired
    CatalogueService catalogue;

    @Test
    void renderTimeAndHeapPerSession() throws Exception {
        UUID group = TestTenants.createGroup("Scholengroep Dertig");
        String ict = TestTenants.uniqueEmail("ict", "dertig.example");
        TestTenants.createStaff(group, ict, "GROUP_ICT_STAFF", null);
        Random random = new Random(30);
        List<CatalogueTask> tasks = catalogue.catalogue().tasks();
        SchoolYear now = years.current();
        SchoolYear last = now.previous();
        // last year as if the group had used Taakwijzer then; this year each school takes its plan over
        TestTenants.inTenant(group, connection -> {
            try (var insert = connection.prepareStatement(
                    "insert into school_year (tenant_id, start_year) values (?, ?), (?, ?) on conflict do nothing")) {
                insert.setObject(1, group);
                insert.setInt(2, last.startYear());
                insert.setObject(3, group);
                insert.setInt(4, now.startYear());
                insert.execute();
            }
        });
        for (int s = 0; s < SCHOOLS; s++) {
            UUID school = TestTenants.createSchool(group, "School " + (s + 1));
            tenant(group, () -> fill(school, last, tasks, random));
            tenant(group, () -> plans.copyPreviousYear(school, now, plans.plan(school, now).orElseThrow().version(), "benchmark"));
        }

        // planner statistics, as autovacuum keeps them in a running database
        TestTenants.inTenant(group, connection -> connection.createStatement().execute("analyze"));
        try (BrowserSession session = new BrowserSession()) {
            WebDriver browser = session.driver();
            WebDriverWait wait = session.waitUpTo(Duration.ofSeconds(60));
            wait.pollingEvery(Duration.ofMillis(10));
            login(browser, wait, ict);
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                long start = System.nanoTime();
                browser.get(url("/dashboard"));
                wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(ALL_PAINTED, CHARTS));
                if (i >= WARM_UP) {
                    millis.add((System.nanoTime() - start) / 1e6);
                }
            }
            session.screenshot("benchmark-dashboard-30-schools");

            long before = liveHeap();
            // each session in a tab of its own that stays open: leaving a page would close its UI on the server
            for (int i = 0; i < SESSIONS; i++) {
                browser.switchTo().newWindow(WindowType.TAB);
                browser.manage().deleteAllCookies();
                login(browser, wait, ict);
            }
            long after = liveHeap();
            Collections.sort(millis);
            System.out.printf("Year shown: %s, compared with %s%n", now.label(), last.label());
            System.out.printf("Live heap after full GC: %d KB before, %d KB with %d more dashboard sessions open%n",
                    before / 1024, after / 1024, SESSIONS);
            System.out.printf("Dashboard (%d schools) rendered in the browser: median %.0f ms, p95 %.0f ms%n", SCHOOLS,
                    percentile(millis, 50), percentile(millis, 95));
            System.out.printf("Heap per open dashboard session: %d KB%n", (after - before) / SESSIONS / 1024);
        }
    }

    private void login(WebDriver browser, WebDriverWait wait, String email) {
        TestIdentityProvider.nextLoginIs("ict-" + UUID.randomUUID(), "ICT Dertig", email);
        browser.get(url("/dashboard"));
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(ALL_PAINTED, CHARTS));
    }

    private SchoolPlan fill(UUID school, SchoolYear year, List<CatalogueTask> tasks, Random random) {
        SchoolPlan plan = plans.plan(school, year).orElseThrow();
        for (int p = 0; p < PEOPLE_PER_SCHOOL; p++) {
            PersonRole role = PersonRole.values()[random.nextInt(PersonRole.values().length)];
            plan = plans.addPerson(school, year, plan.version(), new PersonInput("Persoon " + (p + 1), null, role,
                    Map.of(FUNDING.get(random.nextInt(FUNDING.size())), BigDecimal.valueOf(20 + random.nextInt(120))), Set.of()), "benchmark");
        }
        List<UUID> people = plan.people().stream().map(person -> person.id()).toList();
        for (CatalogueTask task : tasks) {
            if (random.nextInt(10) < 7 && plan.state(task.code()) == TaskState.OPEN) {
                List<AllocationShare> shares = List.of(new AllocationShare(people.get(random.nextInt(people.size())),
                        BigDecimal.valueOf(1 + random.nextInt(30)), FUNDING.get(random.nextInt(FUNDING.size()))));
                plan = plans.allocate(school, year, plan.version(), new AllocationInput(task.code(), "", shares), true, "benchmark");
            }
        }
        return plan;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static long liveHeap() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double percentile(List<Double> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
