package be.taakwijzer.admin.groups;

import java.util.UUID;

import be.taakwijzer.tenancy.EducationLevel;

/** A member school as the group's page lists and edits it, read at {@code version}; empty fields are null. */
public record SchoolDetails(UUID tenantId, UUID id, String instellingsnummer, String name, String street, String postalCode,
                            String municipality, EducationLevel educationLevel, Integer pupilCount, String emailDomain, int version) {
}
