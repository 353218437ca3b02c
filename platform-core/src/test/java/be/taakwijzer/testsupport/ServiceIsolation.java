package be.taakwijzer.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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

    /** The people of a group an isolation test acts as: its ICT staff, its DPO and the director of one of its schools. */
    public record PeopleOf(UUID group, UUID school) {

        public <T> T ict(Supplier<T> work) {
            return AuthenticatedAs.tenant(group, work);
        }

        public <T> T dpo(Supplier<T> work) {
            return AuthenticatedAs.withRoles(group, List.of("GROUP_DPO"), work);
        }

        public <T> T director(Supplier<T> work) {
            return AuthenticatedAs.withRolesAndSchool(group, school, List.of("SCHOOL_DIRECTOR"), work);
        }

        public List<AsUser> all() {
            return List.of(this::ict, this::dpo, this::director);
        }
    }

    private ServiceIsolation() {
    }

    /**
     * Every public method of each service is in the test's matrix: a method added later fails here until
     * the matrix checks it against another group's people.
     */
    public static void assertMatrixCovers(Map<Class<?>, Set<String>> covered) {
        covered.forEach((service, methods) -> assertThat(Arrays.stream(service.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
                .map(Method::getName).collect(Collectors.toSet()))
                .as("public methods of %s: add new ones to the matrix below", service.getSimpleName())
                .isEqualTo(methods));
    }

    /** The call is refused: as bad input (the other group's row does not exist here), by a role, or by row-level security. */
    public static void assertRefused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfAny(InvalidInputException.class, AccessDeniedException.class,
                TenantAccessDeniedException.class);
    }
}
