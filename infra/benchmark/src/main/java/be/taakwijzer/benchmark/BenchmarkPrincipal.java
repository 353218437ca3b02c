package be.taakwijzer.benchmark;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import be.taakwijzer.tenancy.TenantPrincipal;

/** Someone of a school group, as the services see a logged-in person: the tenant comes from here. */
record BenchmarkPrincipal(UUID tenant) implements TenantPrincipal {

    @Override
    public Optional<UUID> tenantId() {
        return Optional.of(tenant);
    }

    /** Logs in the current thread as this group's person with the given role (e.g. GROUP_ICT_STAFF). */
    void logIn(String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                this, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }
}
