package be.taakwijzer.testsupport;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import be.taakwijzer.tenancy.TenantPrincipal;

/** Runs test code as an authenticated person of a school group (or of none). */
public final class AuthenticatedAs {

    private AuthenticatedAs() {
    }

    public static <T> T tenant(UUID tenantId, Supplier<T> work) {
        return as(tenantId, work);
    }

    public static <T> T noTenant(Supplier<T> work) {
        return as(null, work);
    }

    private static <T> T as(UUID tenantId, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        TenantPrincipal principal = () -> Optional.ofNullable(tenantId);
        TestingAuthenticationToken authentication = new TestingAuthenticationToken(principal, null, List.of());
        authentication.setAuthenticated(true);
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
