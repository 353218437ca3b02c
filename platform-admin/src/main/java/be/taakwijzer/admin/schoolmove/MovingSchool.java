package be.taakwijzer.admin.schoolmove;

import java.util.UUID;

/** A school as the move shows it: who it is and the group it belongs to now. */
public record MovingSchool(UUID id, String name, String instellingsnummer, GroupChoice group) {
}
