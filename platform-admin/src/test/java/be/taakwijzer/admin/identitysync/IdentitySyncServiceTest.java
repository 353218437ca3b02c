package be.taakwijzer.admin.identitysync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import be.taakwijzer.admin.provisioning.ProvisioningFailure;
import be.taakwijzer.admin.testsupport.SignedIn;
import be.taakwijzer.testsupport.TestTenants;

/**
 * The identity sync when Keycloak cannot be reached (the path with a running Keycloak: IdentitySyncE2E): a
 * request stays open with its attempt counted and the reason kept, is not tried again before its time unless
 * the operator asks, and the scheduler does not run in tests.
 */
@SpringBootTest(properties = "taakwijzer.keycloak.server-url=http://localhost:9")
@ExtendWith(SignedIn.AsOperator.class)
class IdentitySyncServiceTest {

    @Autowired
    IdentitySyncService sync;

    @Autowired
    ApplicationContext context;


    @Test
    void aFailedRequestKeepsItsErrorAndWaitsUnlessTheOperatorSyncsNow() {
        UUID group = SyncFixtures.group("Scholengroep Kustlicht", "98" + TestTenants.uniqueInstellingsnummer().substring(2), "kustlicht.example");
        String email = TestTenants.uniqueEmail("dpo", "kustlicht.example");
        SyncFixtures.registerStaff(group, email, "Dirk Privé");

        SyncRun first = sync.syncNow(group);

        assertThat(first).isEqualTo(new SyncRun(0, 1));
        assertThat(SyncFixtures.requests(group)).containsExactly("MEMBER|" + email + "|1|false|KEYCLOAK_UNREACHABLE");
        List<SyncRequest> open = sync.open(group);
        assertThat(open).singleElement().satisfies(request -> {
            assertThat(request.failure()).contains(ProvisioningFailure.KEYCLOAK_UNREACHABLE);
            assertThat(request.failureArguments()).containsExactly("http://localhost:9");
            assertThat(request.lastError()).contains("cannot be reached");
            assertThat(request.nextAttemptAt()).isAfter(request.createdAt().plusSeconds(30));
        });
        assertThat(sync.openPerGroup()).containsEntry(group, new GroupSyncSummary(1, 1));

        sync.processDue();
        assertThat(SyncFixtures.requests(group)).as("not due yet: not tried again").containsExactly("MEMBER|" + email + "|1|false|KEYCLOAK_UNREACHABLE");

        sync.syncNow(group);
        assertThat(SyncFixtures.requests(group)).as("the operator's sync now tries at once").containsExactly("MEMBER|" + email + "|2|false|KEYCLOAK_UNREACHABLE");
    }

    @Test
    void requestsForTheSameSubjectAreAnsweredTogether() {
        UUID group = SyncFixtures.group("Scholengroep Dubbel", "98" + TestTenants.uniqueInstellingsnummer().substring(2), null);
        String email = TestTenants.uniqueEmail("ict", "dubbel.example");
        UUID staff = SyncFixtures.registerStaff(group, email, "Ilse Dubbel");
        SyncFixtures.removeStaff(group, staff, email);

        assertThat(sync.syncNow(group)).as("one attempt for both").isEqualTo(new SyncRun(0, 1));
        assertThat(SyncFixtures.requests(group)).containsExactly("MEMBER|" + email + "|1|false|KEYCLOAK_UNREACHABLE",
                "MEMBER|" + email + "|1|false|KEYCLOAK_UNREACHABLE");
    }

    @Test
    void aGroupWithoutInstellingsnummerCannotBeSyncedAndSaysWhy() {
        UUID group = TestTenants.createGroup("Scholengroep Naamloos");
        SyncFixtures.requestOrganization(group);

        sync.syncNow(group);

        assertThat(sync.open(group)).singleElement().satisfies(request -> {
            assertThat(request.failure()).contains(ProvisioningFailure.GROUP_WITHOUT_INSTELLINGSNUMMER);
            assertThat(request.failureArguments()).containsExactly("Scholengroep Naamloos");
        });
    }

    @Test
    void theWaitGrowsWithEveryFailureUpToItsLimit() {
        IdentitySyncSettings settings = new IdentitySyncSettings(true, Duration.ofMinutes(1), 100, Duration.ofMinutes(1), Duration.ofHours(1),
                Duration.ofDays(30));
        assertThat(List.of(1, 2, 3, 6, 7, 50).stream().map(settings::delayAfter).toList()).containsExactly(Duration.ofMinutes(1),
                Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(32), Duration.ofHours(1), Duration.ofHours(1));
    }

    @Test
    void theSchedulerIsOffInTestsAndOnlyAnOperatorMaySync() {
        assertThat(context.getBeanNamesForType(IdentitySyncScheduling.class)).isEmpty();
        SignedIn.as("ict", "GROUP_ICT_STAFF");
        UUID group = UUID.randomUUID();
        assertThatThrownBy(() -> sync.syncNow(group)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sync.open(group)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(sync::processDue).isInstanceOf(AccessDeniedException.class);
    }
}
