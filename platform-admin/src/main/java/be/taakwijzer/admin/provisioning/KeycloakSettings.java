package be.taakwijzer.admin.provisioning;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Keycloak's admin API is and who platform-admin is there. The defaults fit the development
 * Keycloak of {@code infra/keycloak} (bootstrap admin {@code admin}/{@code admin}); production sets
 * {@code TAAKWIJZER_KEYCLOAK_URL}, {@code TAAKWIJZER_KEYCLOAK_ADMIN_USER} and
 * {@code TAAKWIJZER_KEYCLOAK_ADMIN_PASSWORD} (see application.properties).
 *
 * @param serverUrl              Keycloak's base URL, without {@code /realms/…}
 * @param realm                  the realm the applications log in to, where the organizations live
 * @param adminRealm             the realm of the admin account
 * @param adminClientId          the public client the admin account logs in through
 * @param invitationClientId     the client an invitation e-mail's link returns to after the password is set
 * @param invitationRedirectUri  where that link lands (platform-web's start page)
 * @param invitationLifespan     how long an invitation e-mail's link stays valid
 * @param connectTimeout         an unreachable Keycloak fails within this time, not after the OS's TCP timeout
 * @param readTimeout            longest wait for one answer of the admin API
 */
@ConfigurationProperties("taakwijzer.keycloak")
public record KeycloakSettings(
        @DefaultValue("http://localhost:8180") URI serverUrl,
        @DefaultValue("taakwijzer") String realm,
        @DefaultValue("master") String adminRealm,
        @DefaultValue("admin-cli") String adminClientId,
        @DefaultValue("admin") String adminUser,
        @DefaultValue("admin") String adminPassword,
        @DefaultValue("taakwijzer-web") String invitationClientId,
        @DefaultValue("http://localhost:8080/") String invitationRedirectUri,
        @DefaultValue("72h") Duration invitationLifespan,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout) {

    /** The development defaults with another server, e.g. the Keycloak an end-to-end test runs against. */
    public static KeycloakSettings forDevelopmentServer(URI serverUrl) {
        return new KeycloakSettings(serverUrl, "taakwijzer", "master", "admin-cli", "admin", "admin", "taakwijzer-web",
                "http://localhost:8080/", Duration.ofHours(72), Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    /** Keeps the admin password out of logs and error messages. */
    @Override
    public String toString() {
        return "KeycloakSettings[serverUrl=" + serverUrl + ", realm=" + realm + ", adminRealm=" + adminRealm
                + ", adminClientId=" + adminClientId + ", adminUser=" + adminUser + "]";
    }
}
