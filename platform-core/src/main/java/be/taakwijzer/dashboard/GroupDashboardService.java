package be.taakwijzer.dashboard;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.allocation.GroupOverview;
import be.taakwijzer.allocation.GroupOverviewService;
import be.taakwijzer.allocation.PlanWarning;
import be.taakwijzer.allocation.SchoolPlanService;
import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.TaskState;
import be.taakwijzer.allocation.WarningKind;
import be.taakwijzer.tenancy.School;
import be.taakwijzer.tenancy.Roles;

/** The group dashboard's figures, for the group's ICT staff; row-level security keeps them to the own group. */
@Service
public class GroupDashboardService {

    private final GroupDashboardRepository hours;
    private final GroupOverviewService overviews;
    private final SchoolPlanService plans;

    GroupDashboardService(GroupDashboardRepository hours, GroupOverviewService overviews, SchoolPlanService plans) {
        this.hours = hours;
        this.overviews = overviews;
        this.plans = plans;
    }

    @PreAuthorize(Roles.GROUP_ICT_STAFF)
    @Transactional(readOnly = true)
    public GroupDashboard dashboard(SchoolYear year) {
        GroupOverview overview = overviews.overview(year);
        Map<UUID, Map<String, BigDecimal>> byCluster = new HashMap<>();
        Map<UUID, Map<String, BigDecimal>> byFunding = new HashMap<>();
        for (GroupDashboardRepository.TaskHours row : hours.taskHours(year)) {
            // as the warnings count: a task the group covers is not the school's work
            if (overview.state(row.schoolId(), row.taskCode()) == TaskState.CENTRAL) {
                continue;
            }
            byCluster.computeIfAbsent(row.schoolId(), id -> new HashMap<>()).merge(row.clusterCode(), row.hours(), BigDecimal::add);
            byFunding.computeIfAbsent(row.schoolId(), id -> new HashMap<>()).merge(row.fundingCode(), row.hours(), BigDecimal::add);
        }
        // the same warnings as on each school's page, counted by kind
        Map<UUID, Map<WarningKind, Long>> warnings = new HashMap<>();
        for (School school : overview.schools()) {
            plans.plan(school.id(), year).ifPresent(plan -> warnings.put(school.id(), plans.warnings(plan).stream()
                    .collect(Collectors.groupingBy(PlanWarning::kind, Collectors.counting()))));
        }
        return new GroupDashboard(year, overview.schools(), byCluster, byFunding, warnings);
    }
}
