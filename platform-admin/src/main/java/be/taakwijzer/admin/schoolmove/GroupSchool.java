package be.taakwijzer.admin.schoolmove;

import java.util.UUID;

/** A member school as a group's list of schools shows it. */
public record GroupSchool(UUID id, String name, String instellingsnummer, String municipality) {
}
