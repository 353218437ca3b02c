package be.taakwijzer.admin.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Operators are Keycloak users with the realm role PLATFORM_OPERATOR, which the realm puts in the
 * {@code roles} claim. People who log in through a school group's provider get no such claim at all.
 * Every login is counted for Prometheus, as the application counts its own.
 */
@Component
class OperatorOidcUserService extends OidcUserService {

    static final String ROLES_CLAIM = "roles";
    private static final String OPERATOR = "ROLE_PLATFORM_OPERATOR";

    private final MeterRegistry meters;

    OperatorOidcUserService(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = super.loadUser(request);
        Set<GrantedAuthority> authorities = new HashSet<>(user.getAuthorities());
        if (user.getClaim(ROLES_CLAIM) instanceof Collection<?> roles) {
            roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        // the same counter as the application's logins; a login without the role (refused) counts as NONE
        Counter.builder("taakwijzer.logins").description("Logins, per role")
                .tag("role", authorities.stream().anyMatch(a -> OPERATOR.equals(a.getAuthority())) ? "PLATFORM_OPERATOR" : "NONE")
                .register(meters).increment();
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo());
    }
}
