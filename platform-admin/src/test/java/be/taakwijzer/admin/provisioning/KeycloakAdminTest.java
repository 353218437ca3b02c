package be.taakwijzer.admin.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;

import org.junit.jupiter.api.Test;

class KeycloakAdminTest {

    @Test
    void aKeycloakThatIsNotThereIsReportedAsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort);
        KeycloakAdmin admin = new KeycloakAdmin(KeycloakSettings.forDevelopmentServer(nowhere));

        assertThatThrownBy(() -> admin.inRealm(realm -> realm.organizations().getAll()))
                .isInstanceOfSatisfying(IdentityProvisioningException.class, failure -> {
                    assertThat(failure.failure()).isEqualTo(ProvisioningFailure.KEYCLOAK_UNREACHABLE);
                    assertThat(failure.arguments()).containsExactly(nowhere);
                });
    }
}
