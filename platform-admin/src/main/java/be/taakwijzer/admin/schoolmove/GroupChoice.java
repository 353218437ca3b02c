package be.taakwijzer.admin.schoolmove;

import java.util.UUID;

/** A school group a school may move to (or comes from), with its umbrella's name when it has one. */
public record GroupChoice(UUID tenantId, String name, String instellingsnummer, String umbrella) {
}
