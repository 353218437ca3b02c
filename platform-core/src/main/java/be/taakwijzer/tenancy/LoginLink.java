package be.taakwijzer.tenancy;

import java.io.Serializable;
import java.util.UUID;

/**
 * Who a login turned out to be in Taakwijzer: their role and, for people of a school group, the group
 * (the tenant) and, for directors, the school; for umbrella advisers the umbrella and no tenant.
 */
public record LoginLink(UUID tenantId, UUID registrationId, String displayName, StaffRole role, UUID schoolId, UUID umbrellaId)
        implements Serializable {

    public static LoginLink ofStaff(UUID tenantId, UUID staffId, String displayName, StaffRole role, UUID schoolId) {
        return new LoginLink(tenantId, staffId, displayName, role, schoolId, null);
    }
}
