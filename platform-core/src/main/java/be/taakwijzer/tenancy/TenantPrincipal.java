package be.taakwijzer.tenancy;

import java.util.Optional;
import java.util.UUID;

/**
 * An authenticated person as the data layer sees them. The tenant (school group) for row-level
 * security comes only from here, never from a URL or form value.
 */
public interface TenantPrincipal {

    /** The school group this person acts for, or empty for people without a tenant (e.g. operators). */
    Optional<UUID> tenantId();

    /** The one school this person is limited to (a director's), or empty when not limited to a school. */
    default Optional<UUID> ownSchoolId() {
        return Optional.empty();
    }

    /** The umbrella organisation whose aggregate reports this person reads (an adviser's), or empty. */
    default Optional<UUID> umbrellaId() {
        return Optional.empty();
    }
}
