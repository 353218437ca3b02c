package be.taakwijzer.testsupport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.security.access.AccessDeniedException;

import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.tenancy.TenantAccessDeniedException;

/** What every feature's isolation matrix needs to call its services as people of another group. */
public final class ServiceIsolation {

    /** Someone of the other group, e.g. its ICT staff or a director: runs the work as that person. */
    public interface AsUser {
        <T> T run(Supplier<T> work);
    }

    private ServiceIsolation() {
    }

    /** The call is refused: as bad input (the other group's row does not exist here), by a role, or by row-level security. */
    public static void assertRefused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfAny(InvalidInputException.class, AccessDeniedException.class,
                TenantAccessDeniedException.class);
    }
}
