package be.taakwijzer.tenancy;

import java.util.UUID;

/** A school group (scholengroep, schoolbestuur): the tenant. */
public record SchoolGroup(UUID tenantId, UUID umbrellaId, String name, int version) {
}
