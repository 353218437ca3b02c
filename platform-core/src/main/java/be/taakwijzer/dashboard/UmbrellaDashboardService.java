package be.taakwijzer.dashboard;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.allocation.SchoolYear;

/**
 * The umbrella dashboard, for umbrella advisers: aggregates over every school group of their own umbrella
 * (which the transaction takes from their login, never from an argument).
 */
@Service
public class UmbrellaDashboardService {

    private final UmbrellaReportingRepository reporting;

    UmbrellaDashboardService(UmbrellaReportingRepository reporting) {
        this.reporting = reporting;
    }

    /** The school years the umbrella's groups have set up, oldest first. */
    @PreAuthorize(DashboardRoles.UMBRELLA_ADVISER)
    @Transactional(readOnly = true)
    public List<SchoolYear> years() {
        return reporting.years();
    }

    @PreAuthorize(DashboardRoles.UMBRELLA_ADVISER)
    @Transactional(readOnly = true)
    public UmbrellaDashboard dashboard(SchoolYear year) {
        return reporting.dashboard(year);
    }
}
