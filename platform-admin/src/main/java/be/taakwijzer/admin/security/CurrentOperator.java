package be.taakwijzer.admin.security;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import com.vaadin.flow.spring.security.AuthenticationContext;

/** The signed-in operator as the audit trails name them: by e-mail address. */
public final class CurrentOperator {

    private CurrentOperator() {
    }

    public static String email(AuthenticationContext authentication) {
        return authentication.getAuthenticatedUser(OidcUser.class).map(OidcUser::getEmail).orElse("operator");
    }
}
