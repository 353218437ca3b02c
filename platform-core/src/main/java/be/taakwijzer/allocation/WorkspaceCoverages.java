package be.taakwijzer.allocation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** What all workspaces cover, per school: task code to the provider that covers it. */
@Component
class WorkspaceCoverages {

    private final List<WorkspaceCoverage> workspaces;

    WorkspaceCoverages(List<WorkspaceCoverage> workspaces) {
        this.workspaces = List.copyOf(workspaces);
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
