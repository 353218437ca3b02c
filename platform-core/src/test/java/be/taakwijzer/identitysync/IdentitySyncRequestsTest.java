package be.taakwijzer.identitysync;

import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.tenancy.NewStaffMember;
import be.taakwijzer.tenancy.StaffMember;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.tenancy.StaffService;
import be.taakwijzer.testsupport.TestDatabase;
import be.taakwijzer.testsupport.TestTenants;

/**
 * The identity sync's outbox (ADR 0013): a change to a group's people leaves its request in the same
 * transaction — none when the change rolls back — and another group never sees or writes it.
 */
@SpringBootTest
class IdentitySyncRequestsTest {

    @Autowired
    StaffService staffService;

    @Autowired
    PlatformTransactionManager transactionManager;

    UUID group;
    UUID otherGroup;

    @BeforeEach
    void groups() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        otherGroup = TestTenants.createGroup("Scholengroep Zuiderzon");
    }

    @Test
    void registeringReaddressingAndRemovingAPersonAskForTheirMembership() throws SQLException {
        String email = TestTenants.uniqueEmail("dpo", "noorderlicht.example");
        StaffMember dpo = tenant(group, () -> staffService.register(new NewStaffMember(email.toUpperCase(), "Dirk Privé", StaffRole.GROUP_DPO, null), "ict"));
        assertThat(requests(group)).containsExactly("MEMBER|" + email + "|" + dpo.id());

        StaffMember renamed = tenant(group, () -> staffService.change(dpo, new NewStaffMember(email, "Dirk Privacy", StaffRole.GROUP_DPO, null), "ict"));
        assertThat(requests(group)).as("a new name changes nothing in Keycloak's membership").hasSize(1);

        String newEmail = TestTenants.uniqueEmail("privacy", "noorderlicht.example");
        StaffMember moved = tenant(group, () -> staffService.change(renamed, new NewStaffMember(newEmail, "Dirk Privacy", StaffRole.GROUP_DPO, null), "ict"));
        assertThat(requests(group)).as("the old address leaves, the new one joins").containsExactlyInAnyOrder(
                "MEMBER|" + email + "|" + dpo.id(), "MEMBER|" + email + "|" + dpo.id(), "MEMBER|" + newEmail + "|" + dpo.id());

        tenant(group, () -> { staffService.remove(moved, "ict"); return null; });
        assertThat(requests(group)).hasSize(4).contains("MEMBER|" + newEmail + "|" + dpo.id());
        assertThat(requests(otherGroup)).isEmpty();
    }

    @Test
    void aStaffChangeThatRollsBackOrIsRefusedLeavesNoRequest() throws SQLException {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        String email = TestTenants.uniqueEmail("ict", "noorderlicht.example");
        tenant(group, () -> transaction.execute(status -> {
            staffService.register(new NewStaffMember(email, "Ilse Terug", StaffRole.GROUP_ICT_STAFF, null), "ict");
            status.setRollbackOnly();
            return null;
        }));
        assertThat(tenant(group, staffService::members)).extracting(StaffMember::email).doesNotContain(email);
        assertThat(requests(group)).isEmpty();

        String taken = TestTenants.uniqueEmail("dubbel", "zuiderzon.example");
        tenant(otherGroup, () -> staffService.register(new NewStaffMember(taken, "Eerste", StaffRole.GROUP_DPO, null), "ict"));
        assertThatThrownBy(() -> tenant(group, () -> staffService.register(new NewStaffMember(taken, "Tweede", StaffRole.GROUP_DPO, null), "ict")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(requests(group)).isEmpty();
        assertThat(requests(otherGroup)).hasSize(1);
    }

    @Test
    void theApplicationRoleSeesAndWritesOnlyItsOwnGroupsRequests() throws SQLException {
        tenant(group, () -> staffService.register(new NewStaffMember(TestTenants.uniqueEmail("ict", "noorderlicht.example"), "Ilse",
                StaffRole.GROUP_ICT_STAFF, null), "ict"));
        try (Connection app = TestDatabase.get().connectAsApp()) {
            assertThat(count(app, "select count(*) from identity_sync_request")).as("no tenant, no rows").isZero();
            app.setAutoCommit(false);
            setTenant(app, otherGroup);
            assertThat(count(app, "select count(*) from identity_sync_request where tenant_id = '" + group + "'")).isZero();
            try (PreparedStatement insert = app.prepareStatement("insert into identity_sync_request (tenant_id, kind, subject) values (?, 'MEMBER', 'x@y.example')")) {
                insert.setObject(1, group);
                assertThatThrownBy(insert::executeUpdate).isInstanceOf(SQLException.class)
                        .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
            }
            app.rollback();
            setTenant(app, group);
            assertThat(count(app, "select count(*) from identity_sync_request")).as("its own group's").isEqualTo(1);
            assertThatThrownBy(() -> count(app, "update identity_sync_request set processed_at = now() returning 1"))
                    .as("only the console processes them").isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
            app.rollback();
        }
    }

    /** The group's requests as {@code kind|subject|staff id}, read as the operator role. */
    private static List<String> requests(UUID tenantId) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection operator = TestDatabase.get().connectAsOperator();
             PreparedStatement query = operator.prepareStatement(
                     "select kind || '|' || subject || '|' || coalesce(staff_id::text, '') from identity_sync_request where tenant_id = ? and processed_at is null")) {
            query.setObject(1, tenantId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        }
        return rows;
    }

    private static void setTenant(Connection connection, UUID tenantId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            statement.setString(1, tenantId.toString());
            statement.execute();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
