package be.taakwijzer.benchmark;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import be.taakwijzer.tenancy.TenantPrincipal;

/** An adviser of an umbrella, as the services see one: no tenant, the umbrella comes from here. */
record AdviserPrincipal(UUID umbrella) implements TenantPrincipal {

    @Override
    public Optional<UUID> tenantId() {
        return Optional.empty();
    }

    @Override
    public Optional<UUID> umbrellaId() {
        return Optional.of(umbrella);
    }

    void logIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                this, null, List.of(new SimpleGrantedAuthority("ROLE_UMBRELLA_ADVISER"))));
    }
}
