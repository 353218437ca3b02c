package be.taakwijzer.web.purchasing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.ui.testsupport.BrowserSession;
import be.taakwijzer.ui.testsupport.TestIdentityProvider;

/**
 * The main purchasing flow in a real headless Chromium, two people in two sessions: a director joins
 * the group's framework contract and files a purchase request against it; the group's ICT staff
 * approve it; the director sees it approved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PurchasingFlowBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void aSchoolJoinsAContractFilesARequestTheGroupApprovesItAndTheSchoolSeesItApproved() throws Exception {
        UUID group = TestTenants.createGroup("Scholengroep Noorderlicht");
        UUID vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");
        TestTenants.createSchool(group, "Basisschool Het Kompas");
        String ict = TestTenants.uniqueEmail("ict", "noorderlicht.example");
        String director = TestTenants.uniqueEmail("directeur", "noorderlicht.example");
        TestTenants.createStaff(group, ict, "GROUP_ICT_STAFF", null);
        TestTenants.createStaff(group, director, "SCHOOL_DIRECTOR", vlinder);
        // the group's contract, as its ICT staff entered it earlier (straight into the database: the browser does the rest)
        UUID laptops = UUID.randomUUID();
        TestTenants.inTenant(group, connection -> {
            UUID supplier = UUID.randomUUID();
            try (PreparedStatement insert = connection.prepareStatement("insert into supplier (tenant_id, id, name) values (?, ?, ?)")) {
                insert.setObject(1, group);
                insert.setObject(2, supplier);
                insert.setString(3, "Bitwerk bv (fictief)");
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into framework_contract (tenant_id, id, title, supplier_id, "
                    + "category, procurement, start_date, end_date) values (?, ?, 'Laptops voor leerlingen', ?, 'DEVICES', 'PURCHASING_CENTRE', "
                    + "current_date - 180, current_date + 730)")) {
                insert.setObject(1, group);
                insert.setObject(2, laptops);
                insert.setObject(3, supplier);
                insert.executeUpdate();
            }
        });

        try (BrowserSession head = new BrowserSession(); BrowserSession groupStaff = new BrowserSession()) {
            // 1. the director joins the contract
            TestIdentityProvider.nextLoginIs("dir-" + UUID.randomUUID(), "Directeur Vlinder", director);
            WebDriver school = head.driver();
            WebDriverWait schoolWait = head.waitUpTo(Duration.ofSeconds(60));
            school.get(app("/inkoop"));
            click(school, schoolWait.until(ExpectedConditions.elementToBeClickable(By.id("contract-join-" + laptops))));
            schoolWait.until(ExpectedConditions.presenceOfElementLocated(By.id("contract-leave-" + laptops)));
            assertThat(school.findElement(By.id("contract-grid")).getText()).contains("Je school doet mee");

            // 2. and files a purchase request against it
            click(school, school.findElement(By.xpath("//vaadin-tab[contains(., 'Aankoopaanvragen')]")));
            click(school, schoolWait.until(ExpectedConditions.elementToBeClickable(By.id("request-add"))));
            schoolWait.until(ExpectedConditions.elementToBeClickable(By.id("request-contract"))).click();
            schoolWait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-select-item[contains(., 'Laptops voor leerlingen')]"))).click();
            school.findElement(By.cssSelector("#request-description input")).sendKeys("Laptops voor het zesde leerjaar");
            WebElement quantity = school.findElement(By.cssSelector("#request-quantity input"));
            quantity.clear();
            quantity.sendKeys("12");
            school.findElement(By.cssSelector("#request-cost input")).sendKeys("7200");
            school.findElement(By.id("request-dialog-save")).click();
            schoolWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("request-grid"), "Laptops voor het zesde leerjaar"));
            assertThat(school.findElement(By.id("request-grid")).getText()).contains("Aangevraagd", "Via raamcontract \"Laptops voor leerlingen\"");
            head.screenshot("purchasing-1-director-filed");

            // 3. the group's ICT staff approve it
            TestIdentityProvider.nextLoginIs("ict-" + UUID.randomUUID(), "ICT Noorderlicht", ict);
            WebDriver staff = groupStaff.driver();
            WebDriverWait staffWait = groupStaff.waitUpTo(Duration.ofSeconds(60));
            staff.get(app("/inkoop"));
            click(staff, staffWait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-tab[contains(., 'Aankoopaanvragen')]"))));
            staffWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("request-grid"), "Basisschool De Vlinder"));
            WebElement approve = staffWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id^='request-approve-']")));
            click(staff, approve);
            staffWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("request-grid"), "Goedgekeurd"));
            groupStaff.screenshot("purchasing-2-group-approved");

            // 4. the director sees it approved
            school.navigate().refresh();
            click(school, schoolWait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-tab[contains(., 'Aankoopaanvragen')]"))));
            schoolWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("request-grid"), "Goedgekeurd"));
            assertThat(school.findElements(By.cssSelector("[id^='request-approve-']"))).as("the director approves nothing").isEmpty();
            head.screenshot("purchasing-3-director-sees-approved");
        }
    }

    /** Clicks an element that may lie below the fold, as a person would after scrolling to it. */
    private static void click(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
