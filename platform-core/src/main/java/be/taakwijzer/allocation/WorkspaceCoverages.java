package be.taakwijzer.allocation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** What all workspaces cover, per school: task code to the provider that covers it. */
@Component
class WorkspaceCoverages {

    private final List<WorkspaceCoverage> workspaces;

    WorkspaceCoverages(List<WorkspaceCoverage> workspaces) {
        this.workspaces = List.copyOf(workspaces);
    }

    /** The central tasks that cover schools by themselves: not those of a task a workspace governs. */
    List<CentralTask> coveringByThemselves(List<CentralTask> centralTasks) {
        Set<String> governed = new HashSet<>();
        workspaces.forEach(workspace -> governed.addAll(workspace.governedTasks()));
        return centralTasks.stream().filter(task -> !governed.contains(task.taskCode())).toList();
    }

    Map<String, String> coveredAt(UUID schoolId, SchoolYear year) {
        return all(year).getOrDefault(schoolId, Map.of());
    }

    Map<UUID, Map<String, String>> all(SchoolYear year) {
        Map<UUID, Map<String, String>> covered = new HashMap<>();
        for (WorkspaceCoverage workspace : workspaces) {
            workspace.coveredTasks(year).forEach((schoolId, taskCodes) -> {
                for (String taskCode : taskCodes) {
                    covered.computeIfAbsent(schoolId, id -> new HashMap<>()).putIfAbsent(taskCode, workspace.providerCode());
                }
            });
        }
        return covered;
    }
}
