package be.taakwijzer.web.allocation.ui;

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
import be.taakwijzer.ui.testsupport.TestIdentityProvider;

/**
 * The core workflow in a real headless Chromium: the group marks a task central; a director of a
 * member school sees it covered, adds a person and allocates another task; the group overview shows both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AllocationFlowBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void groupMarksATaskCentralADirectorAllocatesAnotherAndTheOverviewShowsBoth() throws Exception {
        UUID group = TestTenants.createGroup("Scholengroep Noorderlicht");
        String nummer = TestTenants.uniqueInstellingsnummer();
        UUID vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder", nummer);
        TestTenants.createSchool(group, "Basisschool Het Kompas");
        String ict = TestTenants.uniqueEmail("ict", "noorderlicht.example");
        String director = TestTenants.uniqueEmail("directeur", "noorderlicht.example");
        TestTenants.createStaff(group, ict, "GROUP_ICT_STAFF", null);
        TestTenants.createStaff(group, director, "SCHOOL_DIRECTOR", vlinder);

        try (BrowserSession groupStaff = new BrowserSession(); BrowserSession head = new BrowserSession()) {
            // 1. group ICT staff: quotes, tenders and framework contracts are handled centrally for all schools
            TestIdentityProvider.nextLoginIs("ict-" + UUID.randomUUID(), "ICT Noorderlicht", ict);
            WebDriver staff = groupStaff.driver();
            WebDriverWait staffWait = groupStaff.waitUpTo(Duration.ofSeconds(60));
            staff.get(app("/centrale-taken"));
            staffWait.until(ExpectedConditions.elementToBeClickable(By.id("central-add"))).click();
            var task = staffWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#central-task-task input")));
            task.sendKeys("Offertes, bestekken");
            // choose the item once the filter shows it (on a busy machine the list may still hold older items)
            staffWait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-combo-box-item[contains(., 'Offertes, bestekken, raamcontracten')]"))).click();
            staffWait.until(ExpectedConditions.textToBePresentInElementValue(By.cssSelector("#central-task-task input"), "raamcontracten"));
            staff.findElement(By.id("central-task-save")).click();
            staffWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("central-grid"), "Offertes, bestekken, raamcontracten"));
            assertThat(staff.findElement(By.id("central-grid")).getText()).contains("Alle scholen", "Actief");
            groupStaff.screenshot("flow-1-central-task");

            // 2. the director starts at their school: that task is covered; they add a person and allocate a core task
            TestIdentityProvider.nextLoginIs("dir-" + UUID.randomUUID(), "Directeur Vlinder", director);
            WebDriver school = head.driver();
            WebDriverWait schoolWait = head.waitUpTo(Duration.ofSeconds(60));
            school.get(app("/"));
            schoolWait.until(ExpectedConditions.textToBe(By.id("school-title"), "Basisschool De Vlinder"));
            assertThat(school.findElement(By.id("plan-summary")).getText()).contains("1 centraal", "0 toegewezen", "43 open");
            assertThat(school.findElement(By.id("allocate-BEL_CENTRAL_03")).getAttribute("disabled")).isNotNull();

            click(school, school.findElement(By.xpath("//vaadin-tab[contains(., 'Mensen')]")));
            schoolWait.until(ExpectedConditions.elementToBeClickable(By.id("person-add"))).click();
            schoolWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#person-name input"))).sendKeys("Bram Verzonnen");
            school.findElement(By.id("person-role")).click();
            schoolWait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-select-item[normalize-space(.)='Pedagogisch ICT-coördinator']"))).click();
            school.findElement(By.cssSelector("#person-hours-BPT_UREN input")).sendKeys("40");
            school.findElement(By.id("person-save")).click();
            schoolWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-people-grid"), "Bram Verzonnen"));

            click(school, school.findElement(By.xpath("//vaadin-tab[contains(., 'Taken')]")));
            click(school, schoolWait.until(ExpectedConditions.presenceOfElementLocated(By.id("allocate-PED_CORE_01"))));
            schoolWait.until(ExpectedConditions.elementToBeClickable(By.id("share-person-0"))).click();
            schoolWait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[contains(., 'Bram Verzonnen')]"))).click();
            school.findElement(By.id("share-funding-0")).click();
            schoolWait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[normalize-space(.)='BPT-uren']"))).click();
            school.findElement(By.cssSelector("#share-hours-0 input")).sendKeys("30");
            school.findElement(By.id("allocation-save")).click();
            schoolWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-summary"), "1 toegewezen"));
            assertThat(school.findElement(By.id("plan-task-grid")).getText()).contains("Bram Verzonnen: 30 u BPT-uren");
            head.screenshot("flow-2-director-allocated");

            // 3. the group overview shows the central task and the allocation
            staff.get(app("/overzicht"));
            staffWait.until(ExpectedConditions.textToBe(By.id("overview-count-" + nummer), "1 / 1 / 42"));
            // the chart of the same numbers is drawn in the browser by ECharts
            staffWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#overview-chart canvas")));
            groupStaff.screenshot("flow-3-overview");
        }
    }

    /** Clicks an element that may lie below the fold, as a person would after scrolling to it. */
    private static void click(WebDriver driver, org.openqa.selenium.WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
