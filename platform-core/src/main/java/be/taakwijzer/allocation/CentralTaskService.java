package be.taakwijzer.allocation;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.audit.AuditAction;
import be.taakwijzer.audit.AuditTrail;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueService;
import be.taakwijzer.catalogue.TaskFilter;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.tenancy.CurrentTenant;
import be.taakwijzer.tenancy.Roles;
import be.taakwijzer.tenancy.School;
import be.taakwijzer.tenancy.SchoolRepository;
import be.taakwijzer.tenancy.StaffRepository;

/**
 * The tasks the group handles once for its member schools. When a change takes a task off a school
 * (stopped, the school no longer chosen, removed), that school gets a notice that the task is open again.
 */
@Service
public class CentralTaskService {

    private static final int MAX_NOTE = 2000;
    private final CentralTaskRepository centralTasks;
    private final SchoolPlanRepository plans;
    private final SchoolRepository schools;
    private final StaffRepository staff;
    private final SchoolYearService years;
    private final CatalogueService catalogue;
    private final AuditTrail audit;

    CentralTaskService(CentralTaskRepository centralTasks, SchoolPlanRepository plans, SchoolRepository schools,
                       StaffRepository staff, SchoolYearService years, CatalogueService catalogue, AuditTrail audit) {
        this.centralTasks = centralTasks;
        this.plans = plans;
        this.schools = schools;
        this.staff = staff;
        this.years = years;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional(readOnly = true)
    public List<CentralTask> centralTasks(SchoolYear year) {
        return centralTasks.findByYear(year);
    }

    @PreAuthorize(Roles.GROUP_ICT_STAFF)
    @Transactional
    public CentralTask add(SchoolYear year, CentralTaskInput input, String actor) {
        UUID tenant = CurrentTenant.id().orElseThrow(() -> new InvalidInputException("plan.error.no-group"));
        CentralTaskInput valid = validated(input);
        if (catalogue.findTasks(years.versionOf(year), TaskFilter.ALL).stream().noneMatch(task -> task.code().equals(valid.taskCode()))) {
            throw new InvalidInputException("allocation.error.task");
        }
        years.requireWritable(tenant, year);
        if (centralTasks.existsForTask(year, valid.taskCode())) {
            throw new InvalidInputException("central.error.duplicate");
        }
        UUID id;
        try {
            id = centralTasks.insert(tenant, year, valid);
        } catch (DuplicateKeyException raced) {
            throw new InvalidInputException("central.error.duplicate");
        }
        CentralTask created = centralTasks.find(id).orElseThrow();
        coverageChanged(tenant, year, valid.taskCode(), Set.of(), covered(created), actor);
        audit.record(tenant, actor, "central_task", id, AuditAction.CREATED, null, values(created));
        return created;
    }

    /** Changes a central task read at {@code original}'s version (its task stays the same). */
    @PreAuthorize(Roles.GROUP_ICT_STAFF)
    @Transactional
    public CentralTask change(CentralTask original, CentralTaskInput input, String actor) {
        UUID tenant = CurrentTenant.id().orElseThrow(() -> new InvalidInputException("plan.error.no-group"));
        CentralTaskInput valid = validated(input);
        if (!valid.taskCode().equals(original.taskCode())) {
            throw new InvalidInputException("central.error.task-changed");
        }
        CentralTask before = centralTasks.find(original.id()).orElseThrow(PlanChangedException::new);
        if (!centralTasks.update(tenant, original.id(), original.version(), valid)) {
            throw new PlanChangedException();
        }
        CentralTask after = centralTasks.find(original.id()).orElseThrow();
        coverageChanged(tenant, after.year(), after.taskCode(), covered(before), covered(after), actor);
        audit.record(tenant, actor, "central_task", after.id(), AuditAction.CHANGED, values(before), values(after));
        return after;
    }

    /** Removes a central task entered by mistake; the schools it covered get a notice. */
    @PreAuthorize(Roles.GROUP_ICT_STAFF)
    @Transactional
    public void remove(CentralTask original, String actor) {
        UUID tenant = CurrentTenant.id().orElseThrow(() -> new InvalidInputException("plan.error.no-group"));
        CentralTask before = centralTasks.find(original.id()).orElseThrow(PlanChangedException::new);
        if (!centralTasks.delete(original.id(), original.version())) {
            throw new PlanChangedException();
        }
        coverageChanged(tenant, before.year(), before.taskCode(), covered(before), Set.of(), actor);
        audit.record(tenant, actor, "central_task", before.id(), AuditAction.DELETED, values(before), null);
    }

    private Set<UUID> covered(CentralTask task) {
        Set<UUID> covered = new HashSet<>();
        for (School school : schools.findAll()) {
            if (task.covers(school.id())) {
                covered.add(school.id());
            }
        }
        return covered;
    }

    private void coverageChanged(UUID tenant, SchoolYear year, String taskCode, Set<UUID> before, Set<UUID> after, String actor) {
        for (UUID lost : before) {
            if (!after.contains(lost)) {
                plans.notifyOpenAgain(tenant, lost, year, taskCode, actor);
            }
        }
        for (UUID gained : after) {
            if (!before.contains(gained)) {
                plans.dismissNotices(gained, year, taskCode, actor);
            }
        }
    }

    private CentralTaskInput validated(CentralTaskInput input) {
        // the task itself is checked against the year's version when it is added; a change keeps it
        Catalogue known = catalogue.catalogue();
        if (input.taskCode() == null) {
            throw new InvalidInputException("allocation.error.task");
        }
        if (input.providerCode() == null || !known.providersByCode().containsKey(input.providerCode())) {
            throw new InvalidInputException("central.error.provider");
        }
        if (input.fundingCode() != null && known.fundingSources().stream().noneMatch(f -> f.code().equals(input.fundingCode()))) {
            throw new InvalidInputException("allocation.error.funding");
        }
        BigDecimal hours = input.hours() == null ? BigDecimal.ZERO : input.hours();
        if (hours.signum() < 0) {
            throw new InvalidInputException("allocation.error.hours-negative");
        }
        if (hours.compareTo(new BigDecimal("100000")) > 0 || hours.stripTrailingZeros().scale() > 1) {
            throw new InvalidInputException("central.error.hours");
        }
        if (input.status() == null) {
            throw new InvalidInputException("central.error.status");
        }
        String note = input.note() == null ? "" : input.note().strip();
        if (note.length() > MAX_NOTE) {
            throw new InvalidInputException("allocation.error.note", MAX_NOTE);
        }
        if (input.responsibleStaffId() != null && staff.find(input.responsibleStaffId()).isEmpty()) {
            throw new InvalidInputException("central.error.responsible");
        }
        Set<UUID> schoolIds = input.allSchools() ? Set.of() : input.schoolIds();
        if (!input.allSchools()) {
            if (schoolIds.isEmpty()) {
                throw new InvalidInputException("central.error.no-schools");
            }
            Set<UUID> groupSchools = new HashSet<>(schools.findAll().stream().map(School::id).toList());
            if (!groupSchools.containsAll(schoolIds)) {
                throw new InvalidInputException("plan.error.no-school");
            }
        }
        return new CentralTaskInput(input.taskCode(), input.providerCode(), input.responsibleStaffId(), hours.setScale(1),
                input.fundingCode(), input.status(), note, input.allSchools(), schoolIds);
    }

    private static Map<String, Object> values(CentralTask task) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("year", task.year().label());
        values.put("task", task.taskCode());
        values.put("provider", task.providerCode());
        values.put("responsible", task.responsibleStaffId());
        values.put("hours", task.hours());
        values.put("funding", task.fundingCode());
        values.put("status", task.status().name());
        values.put("note", task.note());
        values.put("allSchools", task.allSchools());
        values.put("schools", new TreeSet<>(task.schoolIds()));
        return values;
    }
}
