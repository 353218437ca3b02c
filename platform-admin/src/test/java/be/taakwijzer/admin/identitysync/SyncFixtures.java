package be.taakwijzer.admin.identitysync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import be.taakwijzer.testsupport.TestTenants;

/**
 * What platform-web leaves behind for the identity sync, written as it writes it: a change to a group's
 * staff or schools and its request in one transaction of the group's tenant.
 */
public final class SyncFixtures {

    private SyncFixtures() {
    }

    /** A group with an instellingsnummer (its organization's key in Keycloak) and, when not null, an e-mail domain. */
    public static UUID group(String name, String instellingsnummer, String emailDomain) {
        UUID tenantId = TestTenants.createGroup(name);
        TestTenants.inTenant(tenantId, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update school_group set instellingsnummer = ?, email_domain = ? where tenant_id = ?")) {
                update.setString(1, instellingsnummer);
                update.setString(2, emailDomain);
                update.setObject(3, tenantId);
                update.executeUpdate();
            }
        });
        return tenantId;
    }

    /** Registers a person and asks for their membership, as StaffService.register does. */
    public static UUID registerStaff(UUID tenantId, String email, String displayName) {
        UUID[] id = new UUID[1];
        TestTenants.inTenant(tenantId, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into staff_member (tenant_id, email, display_name, role) values (?, ?, ?, 'GROUP_DPO') returning id")) {
                insert.setObject(1, tenantId);
                insert.setString(2, email);
                insert.setString(3, displayName);
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    id[0] = rs.getObject(1, UUID.class);
                }
            }
            request(connection, tenantId, "MEMBER", email, id[0], null);
        });
        return id[0];
    }

    /** Asks again for a registered person's membership, as a change of their address back and forth would. */
    public static void registerStaffRequestAgain(UUID tenantId, String email, UUID staffId) {
        TestTenants.inTenant(tenantId, connection -> request(connection, tenantId, "MEMBER", email, staffId, null));
    }

    /** Removes a registration and asks for the membership to end, as StaffService.remove does. */
    public static void removeStaff(UUID tenantId, UUID staffId, String email) {
        TestTenants.inTenant(tenantId, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from staff_member where tenant_id = ? and id = ?")) {
                delete.setObject(1, tenantId);
                delete.setObject(2, staffId);
                delete.executeUpdate();
            }
            request(connection, tenantId, "MEMBER", email, staffId, null);
        });
    }

    /** Gives a school an e-mail domain (null: none) and asks for the old and new domain, as a hand edit does. */
    public static void schoolDomain(UUID tenantId, UUID schoolId, String oldDomain, String newDomain) {
        TestTenants.inTenant(tenantId, connection -> {
            try (PreparedStatement update = connection.prepareStatement("update school set email_domain = ? where tenant_id = ? and id = ?")) {
                update.setString(1, newDomain);
                update.setObject(2, tenantId);
                update.setObject(3, schoolId);
                update.executeUpdate();
            }
            for (String domain : new String[] {oldDomain, newDomain}) {
                if (domain != null) {
                    request(connection, tenantId, "DOMAIN", domain, null, schoolId);
                }
            }
        });
    }

    public static void requestOrganization(UUID tenantId) {
        TestTenants.inTenant(tenantId, connection -> request(connection, tenantId, "ORGANIZATION", "", null, null));
    }

    /** The group's requests as {@code kind|subject|attempts|processed|last_failure}, oldest first. */
    public static List<String> requests(UUID tenantId) {
        List<String> rows = new ArrayList<>();
        TestTenants.inTenant(tenantId, connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    select kind || '|' || subject || '|' || attempts || '|' || (processed_at is not null) || '|' || coalesce(last_failure, '')
                    from identity_sync_request where tenant_id = ? order by created_at, kind, subject""")) {
                query.setObject(1, tenantId);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
            }
        });
        return rows;
    }

    private static void request(Connection connection, UUID tenantId, String kind, String subject, UUID staffId, UUID schoolId)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into identity_sync_request (tenant_id, kind, subject, staff_id, school_id) values (?, ?, ?, ?, ?)")) {
            insert.setObject(1, tenantId);
            insert.setString(2, kind);
            insert.setString(3, subject);
            insert.setObject(4, staffId);
            insert.setObject(5, schoolId);
            insert.executeUpdate();
        }
    }
}
