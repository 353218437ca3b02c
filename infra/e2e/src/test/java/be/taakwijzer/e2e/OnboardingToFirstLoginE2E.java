package be.taakwijzer.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import be.taakwijzer.testsupport.TestDatabase;
import be.taakwijzer.ui.testsupport.BrowserSession;
import be.taakwijzer.ui.testsupport.KeycloakInspector;
import be.taakwijzer.ui.testsupport.KeycloakLoginPage;

/**
 * Issue 7's onboarding from end to end, with every part real and nothing arranged behind the
 * applications' backs: platform-web and platform-admin as processes of their own (the jars the build
 * made) on one PostgreSQL database — platform-web migrates it as the owner, the console connects as
 * {@code taakwijzer_operator} (ADR 0010) — the Keycloak of infra/keycloak
 * ({@code TAAKWIJZER_E2E_KEYCLOAK_URL}), and headless Chromium:
 * <ol>
 * <li>the operator logs in to the console through Keycloak;</li>
 * <li>brings a new school group on board ("Nieuwe scholengroep": the import places schools only in
 * groups that exist) and gets its first ICT staff member's one-time password, which the console made by
 * provisioning the group's organization and account in Keycloak;</li>
 * <li>imports the official school list: two recognised schools of the group and one that is not;</li>
 * <li>in a fresh browser, the ICT staff member logs in to platform-web with that password, chooses a new
 * one at Keycloak's request and lands on the group's overview with the two schools.</li>
 * </ol>
 * The database is new at every run; the group's instellingsnummer, name and e-mail domain are new in
 * Keycloak too, and what the run created there is removed afterwards.
 */
class OnboardingToFirstLoginE2E {

    private static final URI KEYCLOAK = URI.create(System.getenv().getOrDefault("TAAKWIJZER_E2E_KEYCLOAK_URL", "http://localhost:8180"));
    private static final Duration STARTUP = Duration.ofMinutes(4);
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String ICT_NAME = "Ilse Zeebries";
    private static final String CSV_HEADER = "instelling_nummer;instelling_naam;instelling_straat;instelling_huisnummer;instelling_postcode;"
            + "instelling_gemeente;instelling_niveau;instelling_net;instelling_bestuur;aantal_leerlingen;instelling_status_erkenning";
    // Fictional schools. The database is new at every run, so their numbers are free.
    private static final String PRIMARY_SCHOOL = "Basisschool De Klaproos";
    private static final String SECONDARY_SCHOOL = "Atheneum Zeebries";
    private static final String CLOSED_SCHOOL = "Basisschool Het Wrak";

    private static KeycloakInspector realm;
    private static RunningApplication web;
    private static RunningApplication admin;
    private static String groupNumber;

    @BeforeAll
    static void startBothApplicationsOnOneDatabase() throws Exception {
        realm = new KeycloakInspector(KEYCLOAK);
        groupNumber = groupNumberKeycloakDoesNotHold();
        TestDatabase database = TestDatabase.get();
        int webPort = RunningApplication.freePort();
        int adminPort = RunningApplication.freePort();
        while (adminPort == webPort) {
            adminPort = RunningApplication.freePort();
        }

        Map<String, String> common = Map.of(
                "TAAKWIJZER_DB_URL", database.jdbcUrl(),
                "TAAKWIJZER_DB_OWNER_USER", TestDatabase.OWNER.user(),
                "TAAKWIJZER_DB_APP_USER", TestDatabase.APP.user(),
                "TAAKWIJZER_DB_REPORTING_ROLE", TestDatabase.REPORTING,
                "TAAKWIJZER_DB_OPERATOR_USER", TestDatabase.OPERATOR.user(),
                "TAAKWIJZER_OIDC_ISSUER_URI", KEYCLOAK + "/realms/taakwijzer");
        Map<String, String> webSettings = new HashMap<>(common);
        webSettings.putAll(Map.of(
                "TAAKWIJZER_WEB_PORT", String.valueOf(webPort),
                "TAAKWIJZER_DB_OWNER_PASSWORD", TestDatabase.OWNER.password(),
                "TAAKWIJZER_DB_APP_PASSWORD", TestDatabase.APP.password(),
                // as in production: no demo data
                "TAAKWIJZER_LIQUIBASE_CONTEXTS", "production",
                "TAAKWIJZER_OIDC_CLIENT_SECRET", "web-demo-secret"));
        Map<String, String> adminSettings = new HashMap<>(common);
        adminSettings.putAll(Map.of(
                "TAAKWIJZER_ADMIN_PORT", String.valueOf(adminPort),
                "TAAKWIJZER_DB_OPERATOR_PASSWORD", TestDatabase.OPERATOR.password(),
                "TAAKWIJZER_ADMIN_OIDC_CLIENT_SECRET", "admin-demo-secret",
                "TAAKWIJZER_KEYCLOAK_URL", KEYCLOAK.toString(),
                "TAAKWIJZER_WEB_URL", "http://127.0.0.1:" + webPort + "/"));

        // Both start at once; the console touches no table before the test uses it, and by then
        // platform-web, healthy, has migrated the schema.
        web = RunningApplication.start("platform-web", "taakwijzer.e2e.web-jar", webPort, webSettings);
        admin = RunningApplication.start("platform-admin", "taakwijzer.e2e.admin-jar", adminPort, adminSettings);
        web.awaitHealthy(STARTUP);
        admin.awaitHealthy(STARTUP);
    }

    @AfterAll
    static void stopBothApplicationsAndRemoveTheGroupFromKeycloak() throws Exception {
        try (KeycloakInspector keycloak = realm) {
            try (RunningApplication stopWeb = web; RunningApplication stopAdmin = admin) {
                // closing stops whichever of them started, also after a failure
            }
            if (keycloak != null && groupNumber != null) {
                keycloak.deleteOrganizationsWithInstellingsnummer(groupNumber);
                keycloak.deleteUsersWithEmail(ictEmail(groupNumber));
            }
        }
    }

    @Test
    void anOperatorOnboardsAGroupAndImportsItsSchoolsThenItsIctStaffLogsInAndSeesThem() throws Exception {
        String temporaryPassword;
        try (BrowserSession operator = new BrowserSession()) {
            temporaryPassword = recordingFailure(operator, "operator", () -> {
                operatorLogsInToTheConsole(operator);
                String password = operatorOnboardsTheGroup(operator);
                operatorImportsTheSchoolList(operator);
                return password;
            });
        }
        try (BrowserSession ict = new BrowserSession()) {
            recordingFailure(ict, "ict", () -> ictStaffLogsInForTheFirstTimeAndSeesTheSchools(ict, temporaryPassword));
        }
    }

    /** 1. Through Keycloak's own login (the operator is a local account of the realm). */
    private static void operatorLogsInToTheConsole(BrowserSession operator) {
        WebDriver driver = operator.driver();
        driver.get(admin.url() + "/");
        new KeycloakLoginPage(operator).enterEmail("operator@taakwijzer.example").enterPassword("operator");
        waitFor(operator).until(textToBe(By.tagName("h2"), "Beheerconsole"));
        assertThat(driver.findElement(By.id("admin-welcome")).getText()).contains("Platform Operator");
    }

    /**
     * 2. "Nieuwe scholengroep" with its first ICT staff member: the console saves both, provisions the
     * organization and the account in Keycloak, and shows the one-time password, which this returns.
     */
    private static String operatorOnboardsTheGroup(BrowserSession operator) throws Exception {
        WebDriver driver = operator.driver();
        WebDriverWait wait = waitFor(operator);
        driver.findElement(By.id("nav-tenants")).click();
        wait.until(elementToBeClickable(By.id("group-add"))).click();
        type(wait, "group-name", groupName());
        type(wait, "group-instellingsnummer", groupNumber);
        type(wait, "group-ict-email", ictEmail(groupNumber));
        type(wait, "group-ict-name", ICT_NAME);
        driver.findElement(By.id("group-save")).click();

        // the message says what happened, also when Keycloak refused
        assertThat(wait.until(visibilityOfElementLocated(By.id("access-message"))).getText())
                .startsWith("Het account " + ictEmail(groupNumber) + " staat klaar in Keycloak.");
        String password = driver.findElement(By.id("access-password")).getText();
        assertThat(password).matches("[A-Za-z0-9]{20}");
        wait.until(invisibilityOfElementLocated(By.id("group-save")));
        operator.screenshot("e2e-flow-1-first-access");
        driver.findElement(By.id("access-close")).click();
        wait.until(textToBePresentInElementLocated(By.id("tenants-table"), groupName()));
        // what the dialog says, as Keycloak has it
        assertThat(realm.organizationsWithInstellingsnummer(groupNumber)).singleElement()
                .satisfies(organization -> assertThat(organization.getName()).isEqualTo(groupName()));
        assertThat(realm.usersWithEmail(ictEmail(groupNumber))).singleElement().extracting(UserRepresentation::getRequiredActions)
                .asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly("UPDATE_PASSWORD");
        return password;
    }

    /** 3. Upload, the preview per line, "Importeren" and its confirmation; then the group counts two schools. */
    private static void operatorImportsTheSchoolList(BrowserSession operator) throws Exception {
        WebDriver driver = operator.driver();
        WebDriverWait wait = waitFor(operator);
        driver.findElement(By.id("nav-import")).click();
        WebElement upload = wait.until(presenceOfElementLocated(By.id("import-upload")));
        fileInput(driver, upload).sendKeys(schoolList(groupNumber).toString());

        wait.until(textToBe(By.id("import-count-NEW"), "Nieuw: 2"));
        assertThat(driver.findElement(By.id("import-count-SKIPPED")).getText()).isEqualTo("Overgeslagen: 1");
        assertThat(driver.findElement(By.id("import-count-INVALID")).getText()).isEqualTo("Ongeldig: 0");
        wait.until(textToBePresentInElementLocated(By.id("import-lines"), SECONDARY_SCHOOL));
        assertThat(driver.findElement(By.id("import-lines")).getText()).contains(PRIMARY_SCHOOL, groupName(), CLOSED_SCHOOL);
        operator.screenshot("e2e-flow-2-import-preview");
        // the onboarding's "Opgeslagen." lies over the button for its 4 seconds
        wait.until(invisibilityOfElementLocated(By.tagName("vaadin-notification-card")));
        wait.until(elementToBeClickable(By.id("import-commit"))).click();
        wait.until(elementToBeClickable(By.cssSelector("#import-confirm [slot='confirm-button']"))).click();
        wait.until(textToBe(By.id("import-result"), "Geïmporteerd: 2 nieuw, 0 gewijzigd, 0 ongewijzigd, 1 overgeslagen."));

        driver.findElement(By.id("nav-tenants")).click();
        By schoolCount = By.xpath("//*[@id='tenants-table']//tr[td[1][normalize-space()='" + groupName() + "']]/td[4]");
        assertThat(wait.until(visibilityOfElementLocated(schoolCount)).getText()).isEqualTo("2");
        operator.screenshot("e2e-flow-3-group-with-schools");
    }

    /**
     * 4. In a browser of their own: platform-web sends them to Keycloak, which asks for the e-mail (the
     * group's domain has no identity provider, so the password form follows), then the one-time
     * password, then a new one; back in platform-web, ICT staff start at the group's overview.
     */
    private static void ictStaffLogsInForTheFirstTimeAndSeesTheSchools(BrowserSession ict, String temporaryPassword) throws Exception {
        WebDriver driver = ict.driver();
        WebDriverWait wait = waitFor(ict);
        driver.get(web.url() + "/");
        new KeycloakLoginPage(ict).enterEmail(ictEmail(groupNumber)).enterPassword(temporaryPassword);
        String newPassword = "Zeebries-" + RANDOM.nextLong(1_000_000_000L, 9_999_999_999L);
        wait.until(visibilityOfElementLocated(By.id("password-new"))).sendKeys(newPassword);
        driver.findElement(By.id("password-confirm")).sendKeys(newPassword);
        ict.screenshot("e2e-flow-4-new-password");
        driver.findElement(By.id("kc-submit")).click();

        wait.until(textToBe(By.tagName("h2"), "Overzicht scholengroep"));
        assertThat(driver.getCurrentUrl()).as("back at platform-web, on the overview").startsWith(web.url() + "/overzicht");
        assertThat(driver.findElement(By.id("current-user")).getText()).isEqualTo(ICT_NAME);
        assertThat(driver.findElement(By.id("overview-school-088801")).getText()).isEqualTo(PRIMARY_SCHOOL);
        assertThat(driver.findElement(By.id("overview-school-088802")).getText()).isEqualTo(SECONDARY_SCHOOL);
        assertThat(driver.findElements(By.id("overview-school-088803"))).as("a school that is not recognised is not imported").isEmpty();
        ict.screenshot("e2e-flow-5-group-overview");
    }

    private interface Steps<T> {
        T run() throws Exception;
    }

    private interface VoidSteps {
        void run() throws Exception;
    }

    /** Runs the steps; when one fails, a screenshot of where the browser stood (target/screenshots/e2e-flow-failed-*.png). */
    private static <T> T recordingFailure(BrowserSession browser, String who, Steps<T> steps) throws Exception {
        try {
            return steps.run();
        } catch (Exception | AssertionError failure) {
            try {
                browser.screenshot("e2e-flow-failed-" + who);
            } catch (Exception noScreenshot) {
                failure.addSuppressed(noScreenshot);
            }
            throw failure;
        }
    }

    private static void recordingFailure(BrowserSession browser, String who, VoidSteps steps) throws Exception {
        recordingFailure(browser, who, () -> {
            steps.run();
            return null;
        });
    }

    private static WebDriverWait waitFor(BrowserSession browser) {
        return browser.waitUpTo(Duration.ofSeconds(60));
    }

    private static String groupName() {
        return "Scholengroep Zeebries " + groupNumber;
    }

    /** 98xxxx: outside the demo data's numbers and IdentityProvisioningE2E's 97xxxx, and not in this Keycloak yet (an earlier run's leftovers). */
    private static String groupNumberKeycloakDoesNotHold() {
        while (true) {
            String number = "98" + (1000 + RANDOM.nextInt(9000));
            if (realm.organizationsWithInstellingsnummer(number).isEmpty() && realm.usersWithEmail(ictEmail(number)).isEmpty()) {
                return number;
            }
        }
    }

    /** A domain of the group's own: Keycloak ties each e-mail domain to one organization. */
    private static String ictEmail(String groupNumber) {
        return "ict@zeebries-" + groupNumber + ".example";
    }

    /** The department's export as the operator guide describes it: its column names, ';', one school not recognised. */
    private static Path schoolList(String board) throws Exception {
        String csv = String.join("\n", CSV_HEADER,
                "088801;" + PRIMARY_SCHOOL + ";Duinenweg;12;9999;Fantasiegem;Gewoon basisonderwijs;Officieel gesubsidieerd onderwijs;" + board + ";214;Erkend",
                "088802;" + SECONDARY_SCHOOL + ";Havenlaan;3;9999;Fantasiegem;Gewoon secundair onderwijs;Gemeenschapsonderwijs;" + board + ";640;Erkend",
                "088803;" + CLOSED_SCHOOL + ";Havenlaan;5;9999;Fantasiegem;Gewoon basisonderwijs;Gemeenschapsonderwijs;" + board + ";;Opgeheven") + "\n";
        Path file = Path.of("target", "e2e-data", "scholenlijst-" + board + ".csv").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** Types into a Vaadin text field (its input element is in the light DOM) and leaves it, so the value reaches the server. */
    private static void type(WebDriverWait wait, String fieldId, String text) {
        WebElement input = wait.until(visibilityOfElementLocated(By.cssSelector("#" + fieldId + " input")));
        input.sendKeys(text + "\t");
    }

    /** vaadin-upload's hidden file input, wherever this version puts it (its shadow root or its own children). */
    private static WebElement fileInput(WebDriver driver, WebElement upload) {
        return (WebElement) ((JavascriptExecutor) driver).executeScript(
                "const upload = arguments[0];"
                        + "return upload.querySelector('input[type=file]') || upload.shadowRoot.querySelector('input[type=file]');",
                upload);
    }
}
