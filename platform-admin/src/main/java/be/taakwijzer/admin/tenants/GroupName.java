package be.taakwijzer.admin.tenants;

import java.util.UUID;

/** A school group by its name, for choosing one (e.g. to filter the audit log). */
public record GroupName(UUID tenantId, String name) {
}
