package be.taakwijzer.admin.groups;

import java.util.UUID;

/** The new name, umbrella (null: none) and e-mail domain (blank: none) of a school group, as the operator types them. */
public record GroupChange(String name, UUID umbrellaId, String emailDomain) {
}
