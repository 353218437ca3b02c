package be.taakwijzer.admin.provisioning;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;
import org.springframework.stereotype.Component;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

/**
 * Runs one provisioning operation against Keycloak's admin API with a client and admin token of its
 * own: the master realm's admin token lives 60 s, so a client kept between operations would fail once
 * an operator pauses between two clicks. Failures to reach Keycloak or to log in to it become
 * {@link IdentityProvisioningException}s.
 */
@Component
class KeycloakAdmin {

    private final KeycloakSettings settings;

    KeycloakAdmin(KeycloakSettings settings) {
        this.settings = settings;
    }

    <T> T inRealm(Function<RealmResource, T> operation) {
        try (Keycloak keycloak = connect()) {
            return operation.apply(keycloak.realm(settings.realm()));
        } catch (ProcessingException | WebApplicationException e) {
            throw translated(e);
        }
    }

    private Keycloak connect() {
        // As Keycloak's own client, plus time limits: without them an unreachable host hangs for the OS's
        // TCP timeout. Its JacksonProvider leaves out null fields: this client knows fields (e.g. an
        // organization's "groups") that a 26.5 server refuses as unknown, even when null.
        var client = ResteasyClientClassicProvider.createClientBuilder()
                .register(JacksonProvider.class, 100)
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build();
        return KeycloakBuilder.builder()
                .serverUrl(settings.serverUrl().toString())
                .realm(settings.adminRealm())
                .clientId(settings.adminClientId())
                .username(settings.adminUser())
                .password(settings.adminPassword())
                .resteasyClient(client)
                .build();
    }

    /** The token request runs inside a request filter, so its 401 arrives wrapped in a ProcessingException. */
    private RuntimeException translated(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return new IdentityProvisioningException(ProvisioningFailure.KEYCLOAK_UNREACHABLE,
                        "Keycloak cannot be reached at " + settings.serverUrl(), failure, settings.serverUrl());
            }
            if (cause instanceof WebApplicationException web) {
                int status = web.getResponse().getStatus();
                if (status == 401 || status == 403) {
                    return new IdentityProvisioningException(ProvisioningFailure.ADMIN_ACCESS_REFUSED,
                            "Keycloak refused the admin account " + settings.adminUser() + " (HTTP " + status + ")", failure,
                            settings.adminUser());
                }
                return KeycloakResponses.rejected(web.getResponse(), failure);
            }
        }
        return failure;
    }
}
