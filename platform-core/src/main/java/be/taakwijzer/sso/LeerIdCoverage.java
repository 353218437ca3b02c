package be.taakwijzer.sso;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.WorkspaceCoverage;
import be.taakwijzer.tenancy.CurrentTenant;

/**
 * LeerID live at a school covers that school's single sign-on task ({@value #TASK}). The LeerID state is
 * not kept per school year: every year reads the current state.
 */
@Component
public class LeerIdCoverage implements WorkspaceCoverage {

    public static final String PROVIDER = "LEERID";
    public static final String TASK = "TECH_CENTRAL_02";

    private final LeerIdRepository leerId;

    LeerIdCoverage(LeerIdRepository leerId) {
        this.leerId = leerId;
    }

    @Override
    public String providerCode() {
        return PROVIDER;
    }

    @Override
    public Set<String> governedTasks() {
        return Set.of(TASK);
    }

    /** The group's schools that are LIVE, each with {@value #TASK}; a director learns only about their own school. */
    @Override
    @PreAuthorize(SsoRoles.COVERAGE_READERS)
    @Transactional(readOnly = true)
    public Map<UUID, Set<String>> coveredTasks(SchoolYear year) {
        Optional<UUID> own = CurrentTenant.ownSchoolId();
        return leerId.schoolsIn(LeerIdState.LIVE).stream()
                .filter(school -> own.isEmpty() || own.get().equals(school))
                .collect(Collectors.toUnmodifiableMap(Function.identity(), school -> Set.of(TASK)));
    }
}
