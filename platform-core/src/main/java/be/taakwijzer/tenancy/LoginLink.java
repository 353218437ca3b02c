package be.taakwijzer.tenancy;

import java.io.Serializable;
import java.util.UUID;

/** Who a login turned out to be in Taakwijzer: their school group (the tenant), role and, for directors, school. */
public record LoginLink(UUID tenantId, UUID staffId, String displayName, StaffRole role, UUID schoolId)
        implements Serializable {
}
