package be.taakwijzer.web.security;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import be.taakwijzer.tenancy.LoginLink;
import be.taakwijzer.tenancy.LoginResult;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.tenancy.TenantPrincipal;

/**
 * A person logged in through OpenID Connect, with what Taakwijzer's own registration says of them.
 * Without a registration there is no tenant and no role: such a person only sees the no-access page.
 */
public class TaakwijzerUser extends DefaultOidcUser implements TenantPrincipal {

    private final LoginResult login;

    public TaakwijzerUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
                          LoginResult login) {
        super(authorities, idToken, userInfo);
        this.login = login;
    }

    public Optional<LoginLink> link() {
        return login.linked();
    }

    /** A director is limited to their own school. */
    @Override
    public Optional<UUID> ownSchoolId() {
        return link().filter(l -> l.role() == StaffRole.SCHOOL_DIRECTOR).map(LoginLink::schoolId);
    }

    /** An umbrella adviser reads the aggregates of their own umbrella. */
    @Override
    public Optional<UUID> umbrellaId() {
        return link().filter(l -> l.role() == StaffRole.UMBRELLA_ADVISER).map(LoginLink::umbrellaId);
    }

    /** Why this login has no registration, when it has none. */
    public Optional<LoginResult.Refusal> refusal() {
        return Optional.ofNullable(login.refusal());
    }

    @Override
    public Optional<UUID> tenantId() {
        return link().map(LoginLink::tenantId);
    }

    /** The name to greet: the registration's, else the provider's, else the e-mail address. */
    public String displayName() {
        return link().map(LoginLink::displayName)
                .or(() -> Optional.ofNullable(getFullName()))
                .or(() -> Optional.ofNullable(getEmail()))
                .orElse(getSubject());
    }

    /** How the audit trail names this person: the e-mail address, else the provider's subject. */
    public String actor() {
        return getEmail() != null ? getEmail() : getSubject();
    }
}
