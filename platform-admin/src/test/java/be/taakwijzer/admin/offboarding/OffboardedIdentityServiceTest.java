package be.taakwijzer.admin.offboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import be.taakwijzer.admin.identitysync.SyncFixtures;
import be.taakwijzer.admin.provisioning.IdentityProvisioningException;
import be.taakwijzer.admin.provisioning.ProvisioningFailure;
import be.taakwijzer.admin.provisioning.RemovedGroup;
import be.taakwijzer.admin.testsupport.SignedIn;
import be.taakwijzer.testsupport.TestTenants;

/**
 * Off-boarding with Keycloak down (the path with a running Keycloak: OffboardingE2E): the deletion stands,
 * the record keeps why Keycloak was not cleaned up, and the removal is retried later or at the operator's
 * request — not before its time by the scheduler.
 */
@SpringBootTest(properties = "taakwijzer.keycloak.server-url=http://localhost:9")
@ExtendWith(SignedIn.AsOperator.class)
class OffboardedIdentityServiceTest {

    @Autowired
    OffboardingService offboarding;

    @Autowired
    OffboardedIdentityService identity;


    @Test
    void theDeletionStandsWhenKeycloakCannotBeReachedAndTheRemovalWaitsForItsRetry() {
        UUID group = SyncFixtures.group("Scholengroep Eb", "98" + TestTenants.uniqueInstellingsnummer().substring(2), "eb.example");
        offboard(group, "Scholengroep Eb");

        assertThatThrownBy(() -> identity.removeFromKeycloak(group)).isInstanceOfSatisfying(IdentityProvisioningException.class,
                refused -> assertThat(refused.failure()).isEqualTo(ProvisioningFailure.KEYCLOAK_UNREACHABLE));

        assertThat(identity.pending()).filteredOn(pending -> pending.formerTenantId().equals(group)).singleElement().satisfies(pending -> {
            assertThat(pending.identityRemoved()).isFalse();
            assertThat(pending.identityAttempts()).isEqualTo(1);
            assertThat(pending.failure()).contains(ProvisioningFailure.KEYCLOAK_UNREACHABLE);
            assertThat(pending.failureArguments()).containsExactly("http://localhost:9");
        });
        identity.retryDue();
        assertThat(attempts(group)).as("not due yet").isEqualTo(1);
        assertThatThrownBy(() -> identity.removeFromKeycloak(group)).isInstanceOf(IdentityProvisioningException.class);
        assertThat(attempts(group)).as("the operator's retry tries at once").isEqualTo(2);
    }

    @Test
    void aGroupWithoutInstellingsnummerHasNothingInKeycloakAndIsDoneAtOnce() {
        UUID group = TestTenants.createGroup("Scholengroep Zonder Nummer");
        offboard(group, "Scholengroep Zonder Nummer");

        assertThat(identity.removeFromKeycloak(group)).isEqualTo(RemovedGroup.NOTHING_FOUND);
        assertThat(identity.pending()).extracting(OffboardedGroup::formerTenantId).doesNotContain(group);
        assertThat(identity.removeFromKeycloak(group)).as("done before: nothing more").isEqualTo(RemovedGroup.NOTHING_FOUND);
    }

    @Test
    void onlyAnOperator() {
        SignedIn.as("ict", "GROUP_ICT_STAFF");
        assertThatThrownBy(() -> identity.removeFromKeycloak(UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(identity::pending).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(identity::retryDue).isInstanceOf(AccessDeniedException.class);
    }

    private void offboard(UUID group, String name) {
        GroupExport export = offboarding.export(group);
        assertThat(new String(export.json(), StandardCharsets.UTF_8)).contains(group.toString());
        offboarding.offboard(group, name, export.sha256(), "operator@taakwijzer.test");
    }

    private int attempts(UUID group) {
        return identity.pending().stream().filter(pending -> pending.formerTenantId().equals(group)).findFirst().orElseThrow()
                .identityAttempts();
    }
}
