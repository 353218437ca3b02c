package be.taakwijzer.admin.testsupport;

import java.util.Arrays;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs the test's thread in with roles, as the console's services see a logged-in person, and out again. */
public final class SignedIn {

    private SignedIn() {
    }

    public static void as(String name, String... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
    }

    public static void asOperator() {
        as("operator@taakwijzer.test", "PLATFORM_OPERATOR");
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
