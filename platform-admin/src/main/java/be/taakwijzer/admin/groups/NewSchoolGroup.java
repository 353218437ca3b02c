package be.taakwijzer.admin.groups;

import java.util.UUID;

/** What the operator enters to bring a school group on board, with the first ICT staff member who will log in. */
public record NewSchoolGroup(String name, String instellingsnummer, UUID umbrellaId, String firstIctEmail, String firstIctName) {
}
