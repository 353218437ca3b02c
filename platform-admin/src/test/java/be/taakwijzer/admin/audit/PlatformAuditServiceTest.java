package be.taakwijzer.admin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import be.taakwijzer.admin.testsupport.SignedIn;
import be.taakwijzer.admin.tenants.GroupName;
import be.taakwijzer.admin.tenants.TenantActivity;
import be.taakwijzer.admin.tenants.TenantActivityService;
import be.taakwijzer.testsupport.TestTenants;

/** The platform-wide audit log and the groups' activity, read as the operator role across every group. */
@SpringBootTest
class PlatformAuditServiceTest {

    @Autowired
    PlatformAuditService audit;
    @Autowired
    TenantActivityService tenants;

    UUID noorderlicht;
    UUID zuiderzon;
    String actor;

    @BeforeEach
    void twoGroupsWithChanges() {
        noorderlicht = TestTenants.createGroup("Scholengroep Noorderlicht");
        zuiderzon = TestTenants.createGroup("Scholengroep Zuiderzon");
        TestTenants.createSchool(noorderlicht, "Basisschool De Vlinder");
        actor = TestTenants.uniqueEmail("ict", "noorderlicht.example");
        change(noorderlicht, actor, "school_person", OffsetDateTime.parse("2026-10-01T10:00:00+02:00"));
        change(noorderlicht, actor, "allocation", OffsetDateTime.parse("2026-10-05T10:00:00+02:00"));
        change(zuiderzon, "ict@zuiderzon.example", "central_task", OffsetDateTime.parse("2026-10-03T10:00:00+02:00"));
        SignedIn.asOperator();
    }

    @AfterEach
    void logOut() {
        SignedIn.out();
    }

    private static void change(UUID tenant, String actor, String entity, OffsetDateTime when) {
        TestTenants.inTenant(tenant, connection -> {
            try (var insert = connection.prepareStatement("insert into audit_event (tenant_id, occurred_at, actor, entity, entity_id, action, after) "
                    + "values (?, ?, ?, ?, ?, 'CHANGED', '{\"hours\": 12}'::jsonb)")) {
                insert.setObject(1, tenant);
                insert.setTimestamp(2, Timestamp.from(when.toInstant()));
                insert.setString(3, actor);
                insert.setString(4, entity);
                insert.setObject(5, UUID.randomUUID());
                insert.execute();
            }
        });
    }

    @Test
    void theOperatorSearchesTheChangesOfEveryGroupNewestFirst() {
        List<PlatformAuditEntry> both = audit.search(new PlatformAuditQuery(Optional.empty(), "", "", Optional.of(LocalDate.of(2026, 10, 1)),
                Optional.of(LocalDate.of(2026, 10, 5)))).stream()
                .filter(entry -> entry.tenantId().equals(noorderlicht) || entry.tenantId().equals(zuiderzon)).toList();
        assertThat(both).extracting(PlatformAuditEntry::entity).containsExactly("allocation", "central_task", "school_person");
        assertThat(both).extracting(PlatformAuditEntry::groupName)
                .containsExactly("Scholengroep Noorderlicht", "Scholengroep Zuiderzon", "Scholengroep Noorderlicht");

        assertThat(audit.search(new PlatformAuditQuery(Optional.of(zuiderzon), "", "", Optional.empty(), Optional.empty())))
                .extracting(PlatformAuditEntry::entity).containsExactly("central_task");
        assertThat(audit.search(new PlatformAuditQuery(Optional.empty(), actor.toUpperCase(), "alloc", Optional.empty(), Optional.empty())))
                .extracting(PlatformAuditEntry::entity).containsExactly("allocation");
        // "to" includes the whole day, in Brussels time
        assertThat(audit.search(new PlatformAuditQuery(Optional.of(noorderlicht), "", "", Optional.empty(),
                Optional.of(LocalDate.of(2026, 10, 1))))).extracting(PlatformAuditEntry::entity).containsExactly("school_person");
    }

    @Test
    void theSearchDownloadsAsCsv() {
        String csv = new String(audit.csv(new PlatformAuditQuery(Optional.of(noorderlicht), "", "", Optional.empty(), Optional.empty()),
                (key, arguments) -> key, true), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFaudit.column.when;audit.column.group;");
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).contains("Scholengroep Noorderlicht;" + actor + ";allocation;").contains("{\"\"hours\"\": 12}");
    }

    @Test
    void everyGroupWithItsSchoolsAndLastChange() {
        List<TenantActivity> all = tenants.tenants();
        TenantActivity theirs = all.stream().filter(t -> t.tenantId().equals(noorderlicht)).findFirst().orElseThrow();
        assertThat(theirs.schools()).isEqualTo(1);
        assertThat(theirs.lastActivity()).contains(OffsetDateTime.parse("2026-10-05T08:00:00Z").withOffsetSameInstant(theirs.lastActivity().get().getOffset()));
        assertThat(theirs.coveragePercent()).contains(0);
        assertThat(all).extracting(TenantActivity::tenantId).contains(zuiderzon);
        assertThat(tenants.names()).contains(new GroupName(noorderlicht, "Scholengroep Noorderlicht"), new GroupName(zuiderzon, "Scholengroep Zuiderzon"));
    }

    @Test
    void noOneButAnOperatorMayAsk() {
        SignedIn.as("directeur", "SCHOOL_DIRECTOR");
        assertThatThrownBy(() -> audit.search(PlatformAuditQuery.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tenants.tenants()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tenants.names()).isInstanceOf(AccessDeniedException.class);
        SignedIn.out();
        assertThatThrownBy(() -> audit.search(PlatformAuditQuery.ALL)).isInstanceOf(Exception.class);
    }
}
