package be.taakwijzer.web.security;

import java.util.HashSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import be.taakwijzer.tenancy.LoginLinkService;
import be.taakwijzer.tenancy.LoginLink;
import be.taakwijzer.tenancy.LoginResult;

/**
 * After the provider's login: links the person to their registration in Taakwijzer (school group,
 * role, school) by verified e-mail, and gives them the role as an authority. The tenant comes from
 * here only, never from a URL or a form.
 */
@Component
class TaakwijzerOidcUserService extends OidcUserService {

    /** ACM/IDM's organisation code (instellingsnummer), passed on by Keycloak for people who log in through ACM/IDM. */
    static final String ORGANISATION_CODE_CLAIM = "vo_orgcode";

    private final LoginLinkService loginLinks;
    private final LoginMetrics metrics;

    TaakwijzerOidcUserService(LoginLinkService loginLinks, LoginMetrics metrics) {
        this.loginLinks = loginLinks;
        this.metrics = metrics;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = super.loadUser(request);
        LoginResult login = loginLinks.link(user.getIssuer().toString(), user.getSubject(), user.getEmail(),
                Boolean.TRUE.equals(user.getEmailVerified()), user.getClaimAsString(ORGANISATION_CODE_CLAIM));
        metrics.count(login.linked().map(LoginLink::role));
        Set<GrantedAuthority> authorities = new HashSet<>(user.getAuthorities());
        login.linked().ifPresent(link -> authorities.add(new SimpleGrantedAuthority("ROLE_" + link.role().name())));
        return new TaakwijzerUser(authorities, user.getIdToken(), user.getUserInfo(), login);
    }
}
