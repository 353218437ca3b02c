package be.taakwijzer.testsupport;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import be.taakwijzer.tenancy.TenantPrincipal;

/**
 * Runs test code as an authenticated person. {@link #tenant} and {@link #noTenant} act as group ICT
 * staff (with and without a school group), so that tests of isolation are not stopped by roles;
 * {@link #withRoles} gives exactly the roles a test names; {@link #adviser} is an umbrella adviser.
 */
public final class AuthenticatedAs {

    private AuthenticatedAs() {
    }

    public static <T> T tenant(UUID tenantId, Supplier<T> work) {
        return withRoles(tenantId, List.of("GROUP_ICT_STAFF"), work);
    }

    public static <T> T noTenant(Supplier<T> work) {
        return withRoles(null, List.of("GROUP_ICT_STAFF"), work);
    }

    public static <T> T withRoles(UUID tenantId, List<String> roles, Supplier<T> work) {
        return withRolesAndSchool(tenantId, null, roles, work);
    }

    /** As a person limited to one school (a director), or to none when {@code schoolId} is null. */
    public static <T> T withRolesAndSchool(UUID tenantId, UUID schoolId, List<String> roles, Supplier<T> work) {
        return withPrincipal(tenantId, schoolId, null, roles, work);
    }

    /** As an adviser of an umbrella organisation: no tenant, the umbrella. */
    public static <T> T adviser(UUID umbrellaId, Supplier<T> work) {
        return withPrincipal(null, null, umbrellaId, List.of("UMBRELLA_ADVISER"), work);
    }

    /** As anyone: a principal with exactly this tenant, school, umbrella and these roles. */
    public static <T> T withPrincipal(UUID tenantId, UUID schoolId, UUID umbrellaId, List<String> roles, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        TenantPrincipal principal = new TenantPrincipal() {
            @Override
            public Optional<UUID> tenantId() {
                return Optional.ofNullable(tenantId);
            }

            @Override
            public Optional<UUID> ownSchoolId() {
                return Optional.ofNullable(schoolId);
            }

            @Override
            public Optional<UUID> umbrellaId() {
                return Optional.ofNullable(umbrellaId);
            }
        };
        TestingAuthenticationToken authentication = new TestingAuthenticationToken(principal, null,
                roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList());
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
