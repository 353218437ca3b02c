package be.taakwijzer.admin.groups;

import java.util.UUID;

import be.taakwijzer.tenancy.EducationLevel;

/**
 * A member school as the group's page lists and edits it, read at {@code version}; empty fields are null.
 * Network, listed umbrella, school community and recognition status are as the department's list gives them.
 */
public record SchoolDetails(UUID tenantId, UUID id, String instellingsnummer, String name, String street, String postalCode,
                            String municipality, EducationLevel educationLevel, Integer pupilCount, String network,
                            String listedUmbrella, String schoolCommunity, String recognitionStatus, String emailDomain, int version) {
}
