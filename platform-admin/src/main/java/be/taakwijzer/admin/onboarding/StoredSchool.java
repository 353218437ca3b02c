package be.taakwijzer.admin.onboarding;

import java.util.UUID;

import be.taakwijzer.tenancy.EducationLevel;

/** A school as the database holds it, with the fields the import compares. */
record StoredSchool(UUID tenantId, UUID id, String instellingsnummer, String name, String street, String postalCode,
                    String municipality, EducationLevel educationLevel, Integer pupilCount, String network, String listedUmbrella,
                    String schoolCommunity, String recognitionStatus, int version) {
}
