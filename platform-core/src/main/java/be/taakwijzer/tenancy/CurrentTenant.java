package be.taakwijzer.tenancy;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the tenant of the authenticated principal of the current thread. */
public final class CurrentTenant {

    private CurrentTenant() {
    }

    public static Optional<UUID> id() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof TenantPrincipal principal) {
            return principal.tenantId();
        }
        return Optional.empty();
    }
}
