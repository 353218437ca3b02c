package be.taakwijzer.allocation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.audit.AuditAction;
import be.taakwijzer.audit.AuditTrail;
import be.taakwijzer.catalogue.CatalogueService;
import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.tenancy.CurrentTenant;
import be.taakwijzer.tenancy.Roles;
import be.taakwijzer.tenancy.School;
import be.taakwijzer.tenancy.SchoolRepository;

/** The group's school years, and starting a new one from the last one's set-up. */
@Service
public class SchoolYearService {

    private final SchoolYearRepository years;
    private final SchoolRepository schools;
    private final PlanCopier copier;
    private final AuditTrail audit;
    private final CatalogueService catalogue;
    private final Clock clock;

    SchoolYearService(SchoolYearRepository years, SchoolRepository schools, PlanCopier copier, AuditTrail audit,
                      CatalogueService catalogue, Clock clock) {
        this.years = years;
        this.catalogue = catalogue;
        this.schools = schools;
        this.copier = copier;
        this.audit = audit;
        this.clock = clock;
    }

    /** The school year of today. */
    public SchoolYear current() {
        return SchoolYear.of(today());
    }

    /** Today in Brussels. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The years the group has set up, and always the current one. */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional(readOnly = true)
    public List<SchoolYear> years() {
        TreeSet<SchoolYear> all = new TreeSet<>(years.findAll());
        all.add(current());
        return List.copyOf(all);
    }

    /**
     * Opens the year after the group's last one, with the last one's central tasks (except stopped
     * ones) and, if asked, every school's people and allocations. The earlier year stays as it was.
     */
    @PreAuthorize(Roles.GROUP_ICT_STAFF)
    @Transactional
    public SchoolYear startNextYear(boolean copySchoolPlans, String actor) {
        UUID tenant = CurrentTenant.id().orElseThrow(() -> new InvalidInputException("plan.error.no-group"));
        List<SchoolYear> existing = years();
        SchoolYear last = existing.getLast();
        SchoolYear next = last.next();
        years.ensure(tenant, last);
        years.ensure(tenant, next);
        int centralTasks = copier.copyCentralTasks(tenant, last, next);
        int schoolPlans = 0;
        if (copySchoolPlans) {
            for (School school : schools.findAll()) {
                if (copier.copySchoolPlan(tenant, school.id(), last, next, actor)) {
                    schoolPlans++;
                }
            }
        }
        audit.record(tenant, actor, "school_year", tenant, AuditAction.COPIED, Map.of("year", last.label()),
                Map.of("year", next.label(), "centralTasks", centralTasks, "schoolPlans", schoolPlans));
        return next;
    }

    /**
     * The catalogue version a year uses: the one it recorded, else the newest (which a year takes
     * when it is recorded).
     */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional(readOnly = true)
    public int catalogueVersion(SchoolYear year) {
        return versionOf(year);
    }

    /** As {@link #catalogueVersion}, for the services of this package, which check their own callers. */
    int versionOf(SchoolYear year) {
        return years.catalogueVersion(year).orElseGet(() -> catalogue.latestVersion().number());
    }

    /** Whether a year may still take a newer catalogue version: only before it starts, on 1 September. */
    public boolean mayAdoptCatalogue(SchoolYear year) {
        return year.compareTo(current()) > 0;
    }

    /**
     * Uses a later published catalogue version in a year that has not started yet. The year's
     * allocations and central tasks keep the version they were made with.
     */
    @PreAuthorize(Roles.GROUP_ICT_STAFF)
    @Transactional
    public void adoptCatalogue(SchoolYear year, int seenVersion, int version, String actor) {
        UUID tenant = CurrentTenant.id().orElseThrow(() -> new InvalidInputException("plan.error.no-group"));
        if (!mayAdoptCatalogue(year)) {
            throw new InvalidInputException("catalogue.error.year-started", year.label());
        }
        if (!years().contains(year)) {
            throw new InvalidInputException("plan.error.year", year.label());
        }
        if (version <= seenVersion) {
            throw new InvalidInputException("catalogue.error.version", version);
        }
        // changes() refuses a version that is not published; a year's plans hold only tasks of its version,
        // so what the new version retires must go first
        Set<String> retired = catalogue.changes(seenVersion, version).retired().stream().map(CatalogueTask::code).collect(Collectors.toSet());
        List<String> inUse = years.tasksInUse(year).stream().filter(retired::contains).toList();
        if (!inUse.isEmpty()) {
            throw new InvalidInputException("catalogue.error.retired-in-use", year.label(), version, String.join(", ", inUse));
        }
        years.ensure(tenant, year);
        if (!years.adoptCatalogue(year, seenVersion, version)) {
            throw new PlanChangedException();
        }
        audit.record(tenant, actor, "school_year", tenant, AuditAction.CHANGED,
                Map.of("year", year.label(), "catalogueVersion", seenVersion), Map.of("year", year.label(), "catalogueVersion", version));
    }

    /** Makes sure a year a person works in is recorded; only the group's years and the current one may be. */
    void requireWritable(UUID tenant, SchoolYear year) {
        if (!years().contains(year)) {
            throw new InvalidInputException("plan.error.year", year.label());
        }
        years.ensure(tenant, year);
    }
}
