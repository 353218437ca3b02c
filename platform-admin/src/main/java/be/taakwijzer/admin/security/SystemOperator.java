package be.taakwijzer.admin.security;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The console's own background work (the scheduled identity sync) runs as an operator named after the job,
 * so that it passes the same service checks as a person at the console, and nothing else: it has no login
 * and exists only on the scheduler's thread for the duration of the work.
 */
public final class SystemOperator {

    private SystemOperator() {
    }

    public static <T> T run(String name, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system:" + name, null,
                List.of(new SimpleGrantedAuthority("ROLE_PLATFORM_OPERATOR"))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
