package be.taakwijzer.admin.onboarding;

import java.util.UUID;

/** A school group as the file names it, by its instellingsnummer, with its umbrella's name (null without one). */
record ImportGroup(UUID tenantId, String instellingsnummer, String name, String umbrellaName) {
}
