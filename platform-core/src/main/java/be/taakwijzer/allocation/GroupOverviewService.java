package be.taakwijzer.allocation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.tenancy.Roles;
import be.taakwijzer.tenancy.School;
import be.taakwijzer.tenancy.SchoolRepository;

/** The group's matrix of member schools and tasks, for its ICT staff. */
@Service
public class GroupOverviewService {

    private final SchoolRepository schools;
    private final CentralTaskRepository centralTasks;
    private final GroupOverviewRepository allocations;
    private final WorkspaceCoverages workspaces;

    GroupOverviewService(SchoolRepository schools, CentralTaskRepository centralTasks, GroupOverviewRepository allocations,
                         WorkspaceCoverages workspaces) {
        this.workspaces = workspaces;
        this.schools = schools;
        this.centralTasks = centralTasks;
        this.allocations = allocations;
    }

    @PreAuthorize(Roles.GROUP_ICT_STAFF)
    @Transactional(readOnly = true)
    public GroupOverview overview(SchoolYear year) {
        List<School> members = schools.findAll();
        List<CentralTask> central = workspaces.coveringByThemselves(centralTasks.findByYear(year));
        Map<UUID, Map<String, TaskState>> states = new HashMap<>();
        allocations.allocatedTasks(year).forEach((schoolId, taskCodes) ->
                taskCodes.forEach(code -> states.computeIfAbsent(schoolId, id -> new HashMap<>()).put(code, TaskState.ALLOCATED)));
        workspaces.all(year).forEach((schoolId, covered) -> covered.keySet()
                .forEach(code -> states.computeIfAbsent(schoolId, id -> new HashMap<>()).put(code, TaskState.CENTRAL)));
        for (School school : members) {
            for (CentralTask task : central) {
                if (task.covers(school.id())) {
                    states.computeIfAbsent(school.id(), id -> new HashMap<>()).put(task.taskCode(), TaskState.CENTRAL);
                }
            }
        }
        return new GroupOverview(year, members, states);
    }
}
