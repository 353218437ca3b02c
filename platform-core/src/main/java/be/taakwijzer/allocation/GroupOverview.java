package be.taakwijzer.allocation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.taakwijzer.tenancy.School;

/** Every member school against every catalogue task in a school year: central, allocated or open. */
public record GroupOverview(SchoolYear year, List<School> schools, Map<UUID, Map<String, TaskState>> states) {

    public GroupOverview {
        schools = List.copyOf(schools);
        states = Map.copyOf(states);
    }

    public TaskState state(UUID schoolId, String taskCode) {
        return states.getOrDefault(schoolId, Map.of()).getOrDefault(taskCode, TaskState.OPEN);
    }

    /** How many of the given tasks are in the given state at a school. */
    public long count(UUID schoolId, List<String> taskCodes, TaskState state) {
        return taskCodes.stream().filter(code -> state(schoolId, code) == state).count();
    }
}
