package be.taakwijzer.admin.testsupport;

import java.util.Arrays;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs the test's thread in with roles, as the console's services see a logged-in person, and out again. */
public final class SignedIn {

    /** For {@code @ExtendWith}: every test of the class runs signed in as an operator, and signs out after. */
    public static final class AsOperator implements BeforeEachCallback, AfterEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            asOperator();
        }

        @Override
        public void afterEach(ExtensionContext context) {
            out();
        }
    }

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
