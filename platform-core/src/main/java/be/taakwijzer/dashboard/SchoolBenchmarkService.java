package be.taakwijzer.dashboard;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.tenancy.CurrentTenant;

/**
 * A school beside the comparable schools of its umbrella: for its director, and for the group's ICT staff
 * (any school of the group; the database refuses a school of another group).
 */
@Service
public class SchoolBenchmarkService {

    private final UmbrellaReportingRepository reporting;

    SchoolBenchmarkService(UmbrellaReportingRepository reporting) {
        this.reporting = reporting;
    }

    @PreAuthorize(DashboardRoles.BENCHMARK_READERS)
    @Transactional(readOnly = true)
    public SchoolBenchmark benchmark(UUID schoolId, SchoolYear year) {
        Optional<UUID> own = CurrentTenant.ownSchoolId();
        if (own.isPresent() && !own.get().equals(schoolId)) {
            throw new AccessDeniedException("A director compares only their own school");
        }
        return reporting.benchmark(schoolId, year);
    }
}
