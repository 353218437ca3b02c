package be.taakwijzer.tenancy;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the tenant (and the umbrella, for an adviser) of the authenticated principal of the current thread. */
public final class CurrentTenant {

    private CurrentTenant() {
    }

    public static Optional<UUID> id() {
        return principal().flatMap(TenantPrincipal::tenantId);
    }

    /** The school the authenticated person is limited to (a director's), if any. */
    public static Optional<UUID> ownSchoolId() {
        return principal().flatMap(TenantPrincipal::ownSchoolId);
    }

    /** The umbrella the authenticated person advises, if any. */
    public static Optional<UUID> umbrellaId() {
        return principal().flatMap(TenantPrincipal::umbrellaId);
    }

    private static Optional<TenantPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof TenantPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }
}
