package be.taakwijzer.admin.groups;

import java.util.UUID;

/**
 * A school group as its page in the console shows and edits it, read at {@code version}.
 *
 * @param umbrellaId   null without an umbrella
 * @param emailDomain  the domain of the group's own addresses, null when not known
 */
public record GroupDetails(UUID tenantId, String name, String instellingsnummer, UUID umbrellaId, String umbrellaName,
                           String emailDomain, int version) {
}
