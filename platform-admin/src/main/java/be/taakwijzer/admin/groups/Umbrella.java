package be.taakwijzer.admin.groups;

import java.util.UUID;

/** An umbrella organisation (onderwijskoepel) as the console lists it. */
public record Umbrella(UUID id, String code, String name) {
}
