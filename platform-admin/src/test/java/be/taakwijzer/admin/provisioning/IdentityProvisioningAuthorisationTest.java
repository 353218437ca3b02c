package be.taakwijzer.admin.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Only operators provision identities; the Keycloak here is deliberately unreachable, so an admitted call fails on that. */
@SpringBootTest(properties = "taakwijzer.keycloak.server-url=http://127.0.0.1:1")
class IdentityProvisioningAuthorisationTest {

    @Autowired
    IdentityProvisioning provisioning;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void nobodyLoggedInIsRefused() {
        assertThatThrownBy(() -> provisioning.addDomain("any", "groep.example")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aDirectorIsRefused() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("director", "", "ROLE_SCHOOL_DIRECTOR"));

        assertThatThrownBy(() -> provisioning.addDomain("any", "groep.example")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOperatorGetsThroughToKeycloak() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("operator", "", "ROLE_PLATFORM_OPERATOR"));

        assertThatThrownBy(() -> provisioning.addDomain("any", "groep.example"))
                .isInstanceOfSatisfying(IdentityProvisioningException.class,
                        failure -> assertThat(failure.failure()).isEqualTo(ProvisioningFailure.KEYCLOAK_UNREACHABLE));
    }
}
