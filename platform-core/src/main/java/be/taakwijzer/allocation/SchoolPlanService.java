package be.taakwijzer.allocation;

import java.util.TreeSet;
import java.util.TreeMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.audit.AuditAction;
import be.taakwijzer.audit.AuditTrail;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueService;
import be.taakwijzer.catalogue.Competence;
import be.taakwijzer.catalogue.FundingSource;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.tenancy.CurrentTenant;
import be.taakwijzer.tenancy.Roles;
import be.taakwijzer.tenancy.School;
import be.taakwijzer.tenancy.SchoolRepository;

/**
 * A school's plan for a school year: its people and who takes which task. Every change names the
 * plan version it was made on; a change on an outdated version is refused, so that two people
 * editing the same school never overwrite each other. Directors change only their own school.
 */
@Service
public class SchoolPlanService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_NOTE = 2000;

    private final SchoolRepository schools;
    private final SchoolPlanRepository plans;
    private final CentralTaskRepository centralTasks;
    private final SchoolYearService years;
    private final CatalogueService catalogue;
    private final PlanCopier copier;
    private final AuditTrail audit;
    private final WorkspaceCoverages workspaces;

    SchoolPlanService(SchoolRepository schools, SchoolPlanRepository plans, CentralTaskRepository centralTasks,
                      SchoolYearService years, CatalogueService catalogue, PlanCopier copier, AuditTrail audit,
                      WorkspaceCoverages workspaces) {
        this.workspaces = workspaces;
        this.schools = schools;
        this.plans = plans;
        this.centralTasks = centralTasks;
        this.years = years;
        this.catalogue = catalogue;
        this.copier = copier;
        this.audit = audit;
    }

    /**
     * The plan of a school of the own group; empty when the group has no such school. Refused for a
     * director asking for another school.
     */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional(readOnly = true)
    public Optional<SchoolPlan> plan(UUID schoolId, SchoolYear year) {
        requireOwnSchoolForDirector(schoolId);
        return schools.find(schoolId).map(school -> read(school, year));
    }

    /** The warnings of a plan, against the catalogue. */
    @Transactional(readOnly = true)
    public List<PlanWarning> warnings(SchoolPlan plan) {
        return PlanWarnings.of(catalogueOf(plan.year()), plan);
    }

    @PreAuthorize(Roles.PLAN_EDITORS)
    @Transactional
    public SchoolPlan addPerson(UUID schoolId, SchoolYear year, int version, PersonInput input, String actor) {
        PersonInput valid = validated(input);
        School school = claim(schoolId, year, version, actor);
        UUID id = plans.insertPerson(school.tenantId(), schoolId, year, valid);
        audit.recordForSchool(school.tenantId(), schoolId, actor, "school_person", id, AuditAction.CREATED, null, values(year, valid));
        return read(school, year);
    }

    @PreAuthorize(Roles.PLAN_EDITORS)
    @Transactional
    public SchoolPlan changePerson(UUID schoolId, SchoolYear year, int version, UUID personId, PersonInput input, String actor) {
        PersonInput valid = validated(input);
        School school = claim(schoolId, year, version, actor);
        SchoolPerson before = existingPerson(schoolId, year, personId);
        plans.updatePerson(school.tenantId(), personId, valid);
        audit.recordForSchool(school.tenantId(), schoolId, actor, "school_person", personId, AuditAction.CHANGED,
                values(year, asInput(before)), values(year, valid));
        return read(school, year);
    }

    /** Removes a person and their shares of tasks (the tasks stay, possibly open). */
    @PreAuthorize(Roles.PLAN_EDITORS)
    @Transactional
    public SchoolPlan removePerson(UUID schoolId, SchoolYear year, int version, UUID personId, String actor) {
        School school = claim(schoolId, year, version, actor);
        SchoolPerson before = existingPerson(schoolId, year, personId);
        plans.deleteSharesOf(personId);
        plans.deletePerson(personId);
        audit.recordForSchool(school.tenantId(), schoolId, actor, "school_person", personId, AuditAction.DELETED,
                values(year, asInput(before)), null);
        return read(school, year);
    }

    /**
     * Sets who takes a task. No shares and no note clears the allocation. A change that gives
     * someone more hours of a funding source than they have is refused with
     * {@link ConfirmationRequiredException} until {@code overHoursConfirmed}.
     */
    @PreAuthorize(Roles.PLAN_EDITORS)
    @Transactional
    public SchoolPlan allocate(UUID schoolId, SchoolYear year, int version, AllocationInput input, boolean overHoursConfirmed,
                               String actor) {
        requireOwnSchoolForDirector(schoolId);
        School school = schools.find(schoolId).orElseThrow(() -> new InvalidInputException("plan.error.no-school"));
        SchoolPlan current = read(school, year);
        if (current.version() != version) {
            throw new PlanChangedException();
        }
        AllocationInput valid = validated(input, current);
        Optional<Allocation> before = current.allocation(valid.taskCode());
        if (!overHoursConfirmed) {
            List<String> over = newlyOverHours(current, valid);
            if (!over.isEmpty()) {
                throw new ConfirmationRequiredException("allocation.confirm.over-hours", String.join(", ", over));
            }
        }
        boolean clearing = valid.shares().isEmpty() && valid.note().isEmpty();
        if (clearing && before.isEmpty()) {
            return current; // nothing to clear: no change, no new version
        }
        claim(schoolId, year, version, actor);
        if (clearing) {
            plans.deleteAllocation(before.get().id());
            audit.recordForSchool(school.tenantId(), schoolId, actor, "allocation", before.get().id(), AuditAction.DELETED,
                    values(year, before.get(), current), null);
        } else {
            UUID id = plans.saveAllocation(school.tenantId(), schoolId, year, valid);
            audit.recordForSchool(school.tenantId(), schoolId, actor, "allocation", id,
                    before.isEmpty() ? AuditAction.CREATED : AuditAction.CHANGED,
                    before.map(allocation -> values(year, allocation, current)).orElse(null),
                    values(year, new Allocation(id, valid.taskCode(), valid.note(), valid.shares()), current));
        }
        return read(school, year);
    }

    /** Marks a notice read by the school. */
    @PreAuthorize(Roles.PLAN_EDITORS)
    @Transactional
    public SchoolPlan dismissNotice(UUID schoolId, SchoolYear year, String taskCode, String actor) {
        requireOwnSchoolForDirector(schoolId);
        School school = schools.find(schoolId).orElseThrow(() -> new InvalidInputException("plan.error.no-school"));
        plans.dismissNotices(schoolId, year, taskCode, actor);
        return read(school, year);
    }

    /** Fills an empty plan with the school's people and allocations of the year before. */
    @PreAuthorize(Roles.PLAN_EDITORS)
    @Transactional
    public SchoolPlan copyPreviousYear(UUID schoolId, SchoolYear year, int version, String actor) {
        requireOwnSchoolForDirector(schoolId);
        School school = schools.find(schoolId).orElseThrow(() -> new InvalidInputException("plan.error.no-school"));
        SchoolPlan current = read(school, year);
        if (current.version() != version) {
            throw new PlanChangedException();
        }
        if (!current.empty()) {
            throw new InvalidInputException("plan.error.copy-not-empty");
        }
        years.requireWritable(school.tenantId(), year);
        if (!copier.copySchoolPlan(school.tenantId(), schoolId, year.previous(), year, actor)) {
            throw new InvalidInputException("plan.error.copy-nothing", year.previous().label());
        }
        return read(school, year);
    }

    private SchoolPlan read(School school, SchoolYear year) {
        return new SchoolPlan(school, year, plans.version(school.id(), year), plans.people(school.id(), year),
                plans.allocations(school.id(), year), workspaces.coveringByThemselves(centralTasks.findByYear(year)),
                plans.openNotices(school.id(), year),
                workspaces.coveredAt(school.id(), year));
    }

    private School claim(UUID schoolId, SchoolYear year, int version, String actor) {
        requireOwnSchoolForDirector(schoolId);
        School school = schools.find(schoolId).orElseThrow(() -> new InvalidInputException("plan.error.no-school"));
        years.requireWritable(school.tenantId(), year);
        if (!plans.claim(school.tenantId(), schoolId, year, version, actor)) {
            throw new PlanChangedException();
        }
        return school;
    }

    private static void requireOwnSchoolForDirector(UUID schoolId) {
        Optional<UUID> own = CurrentTenant.ownSchoolId();
        if (own.isPresent() && !own.get().equals(schoolId)) {
            throw new AccessDeniedException("A director changes only their own school");
        }
    }

    private SchoolPerson existingPerson(UUID schoolId, SchoolYear year, UUID personId) {
        return plans.people(schoolId, year).stream().filter(person -> person.id().equals(personId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("allocation.error.unknown-person"));
    }

    private PersonInput validated(PersonInput input) {
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInputException("person.error.name");
        }
        String email = input.email() == null || input.email().isBlank() ? null : input.email().strip().toLowerCase(Locale.ROOT);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("person.error.email");
        }
        if (input.role() == null) {
            throw new InvalidInputException("person.error.role");
        }
        Catalogue known = catalogue.catalogue();
        Set<String> fundingCodes = fundingCodes(known);
        Map<String, BigDecimal> hours = new LinkedHashMap<>();
        input.availableHours().forEach((funding, value) -> {
            if (!fundingCodes.contains(funding)) {
                throw new InvalidInputException("allocation.error.funding");
            }
            if (value != null && value.signum() != 0) {
                hours.put(funding, validHours(value));
            }
        });
        Set<String> competenceCodes = new HashSet<>(known.competences().stream().map(Competence::code).toList());
        if (!competenceCodes.containsAll(input.competenceCodes())) {
            throw new InvalidInputException("person.error.competence");
        }
        return new PersonInput(name, email, input.role(), hours, input.competenceCodes());
    }

    private Catalogue catalogueOf(SchoolYear year) {
        return catalogue.catalogue(years.versionOf(year));
    }

    private AllocationInput validated(AllocationInput input, SchoolPlan plan) {
        Catalogue known = catalogueOf(plan.year());
        if (input.taskCode() == null || known.tasks().stream().noneMatch(task -> task.code().equals(input.taskCode()))) {
            throw new InvalidInputException("allocation.error.task");
        }
        if (plan.covered(input.taskCode()) && !input.shares().isEmpty()) {
            throw new InvalidInputException("allocation.error.central");
        }
        String note = input.note() == null ? "" : input.note().strip();
        if (note.length() > MAX_NOTE) {
            throw new InvalidInputException("allocation.error.note", MAX_NOTE);
        }
        Set<String> fundingCodes = fundingCodes(known);
        Set<UUID> seen = new HashSet<>();
        List<AllocationShare> shares = new ArrayList<>();
        for (AllocationShare share : input.shares()) {
            if (share.personId() == null || plan.person(share.personId()).isEmpty()) {
                throw new InvalidInputException("allocation.error.unknown-person");
            }
            if (!seen.add(share.personId())) {
                throw new InvalidInputException("allocation.error.duplicate-person", plan.person(share.personId()).get().name());
            }
            if (share.fundingCode() == null || !fundingCodes.contains(share.fundingCode())) {
                throw new InvalidInputException("allocation.error.funding");
            }
            shares.add(new AllocationShare(share.personId(), validHours(share.hours()), share.fundingCode()));
        }
        return new AllocationInput(input.taskCode(), note, shares);
    }

    private static BigDecimal validHours(BigDecimal hours) {
        Hours.problem(hours).ifPresent(key -> {
            throw new InvalidInputException(key, Hours.MAX);
        });
        return hours.setScale(1);
    }

    private static Set<String> fundingCodes(Catalogue known) {
        return new HashSet<>(known.fundingSources().stream().map(FundingSource::code).toList());
    }

    /** The names of people this change puts over their hours of a funding source (who were not over before). */
    private static List<String> newlyOverHours(SchoolPlan plan, AllocationInput change) {
        // as the warnings count: the tasks the group covers are not the school's hours
        List<Allocation> after = new ArrayList<>(plan.ownAllocations().stream()
                .filter(allocation -> !allocation.taskCode().equals(change.taskCode())).toList());
        after.add(new Allocation(null, change.taskCode(), change.note(), change.shares()));
        Map<UUID, Map<String, BigDecimal>> beforeHours = PlanWarnings.allocatedHours(plan.ownAllocations());
        Map<UUID, Map<String, BigDecimal>> afterHours = PlanWarnings.allocatedHours(after);
        List<String> names = new ArrayList<>();
        for (AllocationShare share : change.shares()) {
            SchoolPerson person = plan.person(share.personId()).orElseThrow();
            BigDecimal available = person.availableHours(share.fundingCode());
            BigDecimal was = beforeHours.getOrDefault(person.id(), Map.of()).getOrDefault(share.fundingCode(), BigDecimal.ZERO);
            BigDecimal will = afterHours.get(person.id()).get(share.fundingCode());
            if (will.compareTo(available) > 0 && will.compareTo(was) > 0) {
                names.add(person.name());
            }
        }
        return names;
    }

    private static PersonInput asInput(SchoolPerson person) {
        return new PersonInput(person.name(), person.email(), person.role(), person.availableHours(), person.competenceCodes());
    }

    private static Map<String, Object> values(SchoolYear year, PersonInput person) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("year", year.label());
        values.put("name", person.name());
        values.put("email", person.email());
        values.put("role", person.role().name());
        values.put("hours", new TreeMap<>(person.availableHours()));
        values.put("competences", new TreeSet<>(person.competenceCodes()));
        return values;
    }

    private static Map<String, Object> values(SchoolYear year, Allocation allocation, SchoolPlan plan) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("year", year.label());
        values.put("task", allocation.taskCode());
        values.put("note", allocation.note());
        values.put("shares", allocation.shares().stream().map(share -> Map.of(
                "person", plan.person(share.personId()).map(SchoolPerson::name).orElse(share.personId().toString()),
                "hours", share.hours(), "funding", share.fundingCode())).toList());
        return values;
    }
}
