package be.taakwijzer.tenancy;

import java.util.UUID;

/** A member school of a school group. */
public record School(UUID tenantId, UUID id, Instellingsnummer instellingsnummer, String name,
                     String municipality, EducationLevel educationLevel, int version) {
}
