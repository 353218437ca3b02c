package be.taakwijzer.admin.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import be.taakwijzer.ui.testsupport.BrowserSession;
import be.taakwijzer.ui.testsupport.KeycloakInspector;
import be.taakwijzer.ui.testsupport.KeycloakLoginPage;

/**
 * End to end against the real Keycloak of infra/keycloak (TAAKWIJZER_E2E_KEYCLOAK_URL): a school group's
 * organization and first ICT account are provisioned once however often it runs, the account really
 * logs in, and later changes to domains, identity providers and members keep the organization right.
 * Every test works on a group of its own (random instellingsnummer) and removes it afterwards.
 */
class IdentityProvisioningE2E {

    private static final URI KEYCLOAK = URI.create(System.getenv().getOrDefault("TAAKWIJZER_E2E_KEYCLOAK_URL", "http://localhost:8180"));
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakSettings settings = KeycloakSettings.forDevelopmentServer(KEYCLOAK);
    private final IdentityProvisioning provisioning = new IdentityProvisioning(new KeycloakAdmin(settings), settings);
    private final KeycloakInspector keycloak = new KeycloakInspector(KEYCLOAK);

    /** 97xxxx: outside the demo data's numbers. */
    private final String instellingsnummer = "97" + (1000 + RANDOM.nextInt(9000));
    private final String domain = "e2e-" + instellingsnummer + ".example";
    private final String secondDomain = "e2e-" + instellingsnummer + ".test";
    private final String email = "ict@" + domain;
    private final String identityProvider = "e2e-idp-" + instellingsnummer;

    @AfterEach
    void removeWhatTheTestCreated() {
        try (keycloak) {
            keycloak.deleteOrganizationsWithInstellingsnummer(instellingsnummer);
            keycloak.deleteUsersWithEmail(email);
            keycloak.deleteIdentityProvider(identityProvider);
        }
    }

    @Test
    void aGroupIsProvisionedOnceAndItsFirstIctAccountLogsInWithTheTemporaryPassword() throws Exception {
        GroupIdentity group = new GroupIdentity(instellingsnummer, "Scholengroep E2E " + instellingsnummer,
                Set.of(domain, secondDomain.toUpperCase()), Set.of());

        ProvisionedGroup created = provisioning.ensureGroup(group);
        ProvisionedGroup again = provisioning.ensureGroup(group);

        assertThat(created.outcome()).isEqualTo(ProvisioningOutcome.CREATED);
        assertThat(again).isEqualTo(new ProvisionedGroup(created.organizationId(), "groep-" + instellingsnummer, ProvisioningOutcome.UNCHANGED));
        assertThat(keycloak.organizationsWithInstellingsnummer(instellingsnummer)).hasSize(1);
        OrganizationRepresentation organization = keycloak.organization(created.organizationId());
        assertThat(organization.getName()).isEqualTo("Scholengroep E2E " + instellingsnummer);
        assertThat(organization.getAttributes()).containsEntry("type", List.of("SCHOOL_GROUP"))
                .containsEntry("instellingsnummer", List.of(instellingsnummer));
        assertThat(keycloak.domains(created.organizationId())).containsExactlyInAnyOrder(domain, secondDomain);

        FirstAccount ict = new FirstAccount(email, "Ilse", "Eerste");
        ProvisionedAccount account = provisioning.ensureFirstIctAccount(created.organizationId(), ict);
        ProvisionedAccount accountAgain = provisioning.ensureFirstIctAccount(created.organizationId(), ict);

        assertThat(account.outcome()).isEqualTo(ProvisioningOutcome.CREATED);
        assertThat(account.invitationEmailSent()).as("the development realm has no SMTP server").isFalse();
        assertThat(account.temporaryPassword()).hasValueSatisfying(password -> assertThat(password).hasSize(TemporaryPasswords.LENGTH));
        assertThat(account.toString()).doesNotContain(account.temporaryPassword().orElseThrow());
        assertThat(accountAgain).isEqualTo(new ProvisionedAccount(account.userId(), ProvisioningOutcome.UNCHANGED, Optional.empty(), false));
        assertThat(keycloak.usersWithEmail(email)).singleElement().satisfies(user -> assertIsTheFirstIctAccount(user, account.userId()));
        assertThat(keycloak.memberIds(created.organizationId())).containsExactly(account.userId());

        String newPassword = "Nieuw-" + TemporaryPasswords.generate();
        logInFirstTime(email, "Ilse Eerste", account.temporaryPassword().orElseThrow(), newPassword);
        assertThat(passwordGrant(email, newPassword)).as("token request with the chosen password").isEqualTo(200);
        assertThat(passwordGrant(email, account.temporaryPassword().orElseThrow())).as("the temporary password is spent").isEqualTo(401);
    }

    @Test
    void whenTheRealmSendsEmailTheFirstIctAccountIsInvitedToChooseAPassword() throws Exception {
        KeycloakSettings invitingToAccountConsole = new KeycloakSettings(KEYCLOAK, "taakwijzer", "master", "admin-cli", "admin", "admin",
                "account-console", KEYCLOAK + "/realms/taakwijzer/account/", Duration.ofHours(1), Duration.ofSeconds(5), Duration.ofSeconds(30));
        IdentityProvisioning inviting = new IdentityProvisioning(new KeycloakAdmin(invitingToAccountConsole), invitingToAccountConsole);
        String organizationId = inviting.ensureGroup(new GroupIdentity(instellingsnummer, "Scholengroep E2E " + instellingsnummer,
                Set.of(domain), Set.of())).organizationId();

        ProvisionedAccount account;
        String email;
        try (SmtpSink smtp = new SmtpSink()) {
            keycloak.useSmtpServer(smtp.port());
            try {
                account = inviting.ensureFirstIctAccount(organizationId, new FirstAccount(this.email, "Ilse", "Eerste"));
            } finally {
                keycloak.removeSmtpServer();
            }
            email = smtp.nextMessage(Duration.ofSeconds(30));
        }

        assertThat(account.outcome()).isEqualTo(ProvisioningOutcome.CREATED);
        assertThat(account.invitationEmailSent()).isTrue();
        assertThat(account.temporaryPassword()).isEmpty();
        assertThat(email).contains("To: " + this.email);
        String password = "Gekozen-" + TemporaryPasswords.generate();
        chooseFirstPassword(actionLink(email), password);
        assertThat(passwordGrant(this.email, password)).as("token request with the chosen password").isEqualTo(200);
    }

    @Test
    void domainsIdentityProvidersAndMembersStayRightWhenTheyChange() {
        keycloak.createIdentityProvider(identityProvider);
        String organizationId = provisioning.ensureGroup(new GroupIdentity(instellingsnummer, "Scholengroep E2E " + instellingsnummer,
                Set.of(domain), Set.of(identityProvider))).organizationId();
        assertThat(keycloak.identityProviders(organizationId)).containsExactly(identityProvider);

        assertThat(provisioning.addDomain(organizationId, secondDomain)).isEqualTo(ProvisioningOutcome.UPDATED);
        assertThat(provisioning.addDomain(organizationId, secondDomain)).isEqualTo(ProvisioningOutcome.UNCHANGED);
        assertThat(keycloak.domains(organizationId)).containsExactlyInAnyOrder(domain, secondDomain);
        assertThat(provisioning.syncDomains(organizationId, Set.of(secondDomain))).isEqualTo(ProvisioningOutcome.UPDATED);
        assertThat(keycloak.domains(organizationId)).containsExactly(secondDomain);

        assertThatThrownBy(() -> provisioning.addDomain(organizationId, "noorderlicht.example"))
                .isInstanceOfSatisfying(IdentityProvisioningException.class, refused -> {
                    assertThat(refused.failure()).isEqualTo(ProvisioningFailure.DOMAIN_TAKEN);
                    assertThat(refused.arguments()).containsExactly("noorderlicht.example", "Scholengroep Noorderlicht");
                });
        assertThat(keycloak.domains(organizationId)).containsExactly(secondDomain);

        GroupIdentity withoutProvider = new GroupIdentity(instellingsnummer, "Scholengroep E2E " + instellingsnummer, Set.of(secondDomain), Set.of());
        assertThat(provisioning.ensureGroup(withoutProvider).outcome()).isEqualTo(ProvisioningOutcome.UPDATED);
        assertThat(keycloak.identityProviders(organizationId)).isEmpty();
        assertThatThrownBy(() -> provisioning.ensureGroup(new GroupIdentity(instellingsnummer, "Scholengroep E2E " + instellingsnummer,
                Set.of(secondDomain), Set.of("groep-noorderlicht"))))
                .isInstanceOfSatisfying(IdentityProvisioningException.class,
                        refused -> assertThat(refused.failure()).isEqualTo(ProvisioningFailure.IDENTITY_PROVIDER_TAKEN));

        String userId = provisioning.ensureFirstIctAccount(organizationId, new FirstAccount(email, "Ilse", "Eerste")).userId();
        assertThat(provisioning.removeMember(organizationId, email)).isEqualTo(ProvisioningOutcome.UPDATED);
        assertThat(provisioning.removeMember(organizationId, email)).isEqualTo(ProvisioningOutcome.UNCHANGED);
        assertThat(keycloak.memberIds(organizationId)).isEmpty();
        assertThat(keycloak.usersWithEmail(email)).as("the account stays").extracting(UserRepresentation::getId).containsExactly(userId);
        assertThat(provisioning.addMember(organizationId, email.toUpperCase())).isEqualTo(ProvisioningOutcome.UPDATED);
        assertThat(provisioning.addMember(organizationId, email)).isEqualTo(ProvisioningOutcome.UNCHANGED);
        assertThat(keycloak.memberIds(organizationId)).containsExactly(userId);
        assertThatThrownBy(() -> provisioning.addMember(organizationId, "niemand@" + secondDomain))
                .isInstanceOfSatisfying(IdentityProvisioningException.class,
                        refused -> assertThat(refused.failure()).isEqualTo(ProvisioningFailure.PERSON_UNKNOWN));
    }

    @Test
    void aWrongAdminPasswordIsReportedAsSuch() {
        KeycloakSettings wrong = new KeycloakSettings(KEYCLOAK, "taakwijzer", "master", "admin-cli", "admin", "not-the-password",
                "taakwijzer-web", "http://localhost:8080/", Duration.ofHours(1), Duration.ofSeconds(5), Duration.ofSeconds(30));
        IdentityProvisioning refused = new IdentityProvisioning(new KeycloakAdmin(wrong), wrong);

        assertThatThrownBy(() -> refused.addDomain("any", domain))
                .isInstanceOfSatisfying(IdentityProvisioningException.class,
                        failure -> assertThat(failure.failure()).isEqualTo(ProvisioningFailure.ADMIN_ACCESS_REFUSED));
    }

    private static void assertIsTheFirstIctAccount(UserRepresentation user, String userId) {
        assertThat(user.getId()).isEqualTo(userId);
        assertThat(user.getUsername()).isEqualTo(user.getEmail());
        assertThat(user.isEmailVerified()).isTrue();
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.getFirstName()).isEqualTo("Ilse");
        assertThat(user.getLastName()).isEqualTo("Eerste");
    }

    /** Keycloak's own login: e-mail first, the temporary password, then the form that makes the person choose a new one. */
    private static void logInFirstTime(String email, String displayName, String temporaryPassword, String newPassword) throws Exception {
        try (BrowserSession browser = new BrowserSession()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));
            driver.get(KEYCLOAK + "/realms/taakwijzer/account");
            new KeycloakLoginPage(browser).enterEmail(email).enterPassword(temporaryPassword);

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new"))).sendKeys(newPassword);
            driver.findElement(By.id("password-confirm")).sendKeys(newPassword);
            browser.screenshot("e2e-first-ict-account-update-password");
            driver.findElement(By.id("kc-submit")).click();

            // back at the account console, which shows the person's own name once it has the tokens
            wait.until(d -> d.getCurrentUrl().contains("/realms/taakwijzer/account") && !d.getCurrentUrl().contains("/login-actions/")
                    && d.getPageSource().contains(displayName));
            browser.screenshot("e2e-first-ict-account-logged-in");
        }
    }

    /** The link of Keycloak's "execute actions" e-mail, from its (quoted-printable) text. */
    private static String actionLink(String email) {
        String text = email.replace("=\r\n", "").replace("=3D", "=").replace("&amp;", "&");
        Matcher link = Pattern.compile(Pattern.quote(KEYCLOAK.toString()) + "/realms/taakwijzer/login-actions/action-token\\?[^\\s\"<]+").matcher(text);
        assertThat(link.find()).as("action link in " + text).isTrue();
        return link.group();
    }

    /** The invitation's link: Keycloak asks for a new password straight away (after an "actions to perform" page, if it shows one). */
    private static void chooseFirstPassword(String link, String password) throws Exception {
        try (BrowserSession browser = new BrowserSession()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));
            driver.get(link);
            By proceed = By.cssSelector("a[href*='/login-actions/']");
            wait.until(d -> !d.findElements(By.id("password-new")).isEmpty() || !d.findElements(proceed).isEmpty());
            if (driver.findElements(By.id("password-new")).isEmpty()) {
                driver.findElement(proceed).click();
            }
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new"))).sendKeys(password);
            driver.findElement(By.id("password-confirm")).sendKeys(password);
            driver.findElement(By.id("kc-submit")).click();
            wait.until(d -> d.findElements(By.id("password-new")).isEmpty());
            browser.screenshot("e2e-invited-ict-account-password-chosen");
        }
    }

    /** Status of a direct-grant token request through the realm's public admin-cli client (direct grants on by default). */
    private static int passwordGrant(String username, String password) throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/taakwijzer/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
