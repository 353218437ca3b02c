package be.taakwijzer.allocation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.taakwijzer.tenancy.School;

/**
 * How a school spreads its ICT tasks in a school year: its people, its allocations, the tasks the
 * group covers centrally for it (as central tasks, or through a workspace: {@code workspaceCoverage}
 * maps a task code to the provider, e.g. LeerID live), and its unread notices. {@code version}
 * guards the whole plan.
 */
public record SchoolPlan(School school, SchoolYear year, int version, List<SchoolPerson> people,
                         List<Allocation> allocations, List<CentralTask> centralTasks, List<CoverageNotice> notices,
                         Map<String, String> workspaceCoverage) {

    public SchoolPlan {
        people = List.copyOf(people);
        allocations = List.copyOf(allocations);
        centralTasks = centralTasks.stream().filter(task -> task.covers(school.id())).toList();
        notices = List.copyOf(notices);
        workspaceCoverage = Map.copyOf(workspaceCoverage);
    }

    /** A plan without workspaces that cover anything. */
    public SchoolPlan(School school, SchoolYear year, int version, List<SchoolPerson> people, List<Allocation> allocations,
                      List<CentralTask> centralTasks, List<CoverageNotice> notices) {
        this(school, year, version, people, allocations, centralTasks, notices, Map.of());
    }

    /** Who takes the task off the school, if anyone does: a central task's provider, or a workspace's. */
    public Optional<String> coveringProvider(String taskCode) {
        return centralTask(taskCode).map(CentralTask::providerCode).or(() -> Optional.ofNullable(workspaceCoverage.get(taskCode)));
    }

    public boolean covered(String taskCode) {
        return coveringProvider(taskCode).isPresent();
    }

    public Optional<CentralTask> centralTask(String taskCode) {
        return centralTasks.stream().filter(task -> task.taskCode().equals(taskCode)).findFirst();
    }

    public Optional<Allocation> allocation(String taskCode) {
        return allocations.stream().filter(allocation -> allocation.taskCode().equals(taskCode)).findFirst();
    }

    /** The allocations of tasks the group does not cover: the school's own work. */
    public List<Allocation> ownAllocations() {
        return allocations.stream().filter(allocation -> !covered(allocation.taskCode())).toList();
    }

    public Optional<SchoolPerson> person(UUID id) {
        return people.stream().filter(person -> person.id().equals(id)).findFirst();
    }

    public Map<UUID, SchoolPerson> peopleById() {
        return people.stream().collect(Collectors.toMap(SchoolPerson::id, Function.identity()));
    }

    public TaskState state(String taskCode) {
        if (covered(taskCode)) {
            return TaskState.CENTRAL;
        }
        return allocation(taskCode).filter(allocation -> !allocation.shares().isEmpty())
                .map(allocation -> TaskState.ALLOCATED).orElse(TaskState.OPEN);
    }

    /** A plan with nobody and nothing allocated yet, e.g. to be copied into. */
    public boolean empty() {
        return people.isEmpty() && allocations.isEmpty();
    }
}
