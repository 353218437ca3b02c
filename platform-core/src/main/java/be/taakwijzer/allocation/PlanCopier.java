package be.taakwijzer.allocation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.audit.AuditAction;
import be.taakwijzer.audit.AuditTrail;
import be.taakwijzer.catalogue.CatalogueService;
import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.catalogue.TaskFilter;

/**
 * Copies a year's set-up into the next: new rows, the earlier year untouched. Tasks the target year's
 * catalogue version no longer holds are not copied; the copies are made with the target's version.
 */
@Component
class PlanCopier {

    private final CentralTaskRepository centralTasks;
    private final SchoolPlanRepository plans;
    private final SchoolYearRepository years;
    private final CatalogueService catalogue;
    private final AuditTrail audit;

    PlanCopier(CentralTaskRepository centralTasks, SchoolPlanRepository plans, SchoolYearRepository years, CatalogueService catalogue,
               AuditTrail audit) {
        this.centralTasks = centralTasks;
        this.plans = plans;
        this.years = years;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    private Set<String> tasksOf(SchoolYear year) {
        int version = years.catalogueVersion(year).orElseGet(() -> catalogue.latestVersion().number());
        return catalogue.findTasks(version, TaskFilter.ALL).stream().map(CatalogueTask::code).collect(Collectors.toSet());
    }

    /** Copies the central tasks that are not stopped and not in the target year yet; returns how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    int copyCentralTasks(UUID tenant, SchoolYear from, SchoolYear to) {
        int copied = 0;
        Set<String> tasks = tasksOf(to);
        for (CentralTask task : centralTasks.findByYear(from)) {
            if (task.status().covers() && tasks.contains(task.taskCode()) && !centralTasks.existsForTask(to, task.taskCode())) {
                centralTasks.insert(tenant, to, new CentralTaskInput(task.taskCode(), task.providerCode(),
                        task.responsibleStaffId(), task.hours(), task.fundingCode(), task.status(), task.note(),
                        task.allSchools(), task.schoolIds()));
                copied++;
            }
        }
        return copied;
    }

    /** Copies a school's people and allocations into a year where it has none yet; false when there was nothing to do. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean copySchoolPlan(UUID tenant, UUID schoolId, SchoolYear from, SchoolYear to, String actor) {
        // the version first: if someone writes the target plan after this read, the claim below fails
        int version = plans.version(schoolId, to);
        List<SchoolPerson> people = plans.people(schoolId, from);
        Set<String> tasks = tasksOf(to);
        List<Allocation> allocations = plans.allocations(schoolId, from).stream()
                .filter(allocation -> tasks.contains(allocation.taskCode())).toList();
        if ((people.isEmpty() && allocations.isEmpty()) || !plans.people(schoolId, to).isEmpty()
                || !plans.allocations(schoolId, to).isEmpty()) {
            return false;
        }
        if (!plans.claim(tenant, schoolId, to, version, actor)) {
            throw new PlanChangedException(); // someone wrote the plan since it was read as empty: do not copy on top
        }
        Map<UUID, UUID> newIds = new HashMap<>();
        for (SchoolPerson person : people) {
            newIds.put(person.id(), plans.insertPerson(tenant, schoolId, to,
                    new PersonInput(person.name(), person.email(), person.role(), person.availableHours(), person.competenceCodes())));
        }
        for (Allocation allocation : allocations) {
            plans.saveAllocation(tenant, schoolId, to, new AllocationInput(allocation.taskCode(), allocation.note(),
                    allocation.shares().stream().map(share -> new AllocationShare(newIds.get(share.personId()), share.hours(),
                            share.fundingCode())).toList()));
        }
        audit.recordForSchool(tenant, schoolId, actor, "school_plan", schoolId, AuditAction.COPIED,
                Map.of("year", from.label()), Map.of("year", to.label(), "people", people.size(), "allocations", allocations.size()));
        return true;
    }
}
