package be.taakwijzer.tenancy;

import java.util.UUID;

/** A school group (scholengroep, schoolbestuur): the tenant; {@code instellingsnummer} of its board, when known. */
public record SchoolGroup(UUID tenantId, UUID umbrellaId, String instellingsnummer, String name, int version) {
}
