package be.taakwijzer.privacy;

import static be.taakwijzer.privacy.PrivacyInputs.MAX_TEXT;
import static be.taakwijzer.privacy.PrivacyInputs.optional;
import static be.taakwijzer.privacy.PrivacyInputs.required;
import static be.taakwijzer.privacy.PrivacyInputs.tenant;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.allocation.PlanChangedException;
import be.taakwijzer.audit.AuditAction;
import be.taakwijzer.audit.AuditTrail;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.tenancy.CurrentTenant;
import be.taakwijzer.tenancy.School;
import be.taakwijzer.tenancy.SchoolRepository;

/**
 * The data-breach register (GDPR art. 33). The DPO registers and follows up every breach of the group;
 * a director registers a breach of their own school (so that the 72-hour clock starts at once) and reads
 * the breaches that concern it; group ICT staff read all. Breaches are never removed: the register
 * must show them all, also the ones that needed no report.
 */
@Service
public class DataBreachService {

    /** A discovery may be entered a little ahead of the server's clock (a person's watch), not more. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private final DataBreachRepository breaches;
    private final SchoolRepository schools;
    private final AuditTrail audit;
    private final Clock clock;

    DataBreachService(DataBreachRepository breaches, SchoolRepository schools, AuditTrail audit, Clock clock) {
        this.breaches = breaches;
        this.schools = schools;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every breach of the group; for a director, those that concern their school. */
    @PreAuthorize(PrivacyRoles.READERS)
    @Transactional(readOnly = true)
    public List<DataBreach> breaches() {
        Optional<UUID> own = CurrentTenant.ownSchoolId();
        List<DataBreach> all = breaches.findAll();
        return own.map(school -> all.stream().filter(breach -> breach.schoolIds().contains(school)).toList()).orElse(all);
    }

    /** Where the breach stands against the 72-hour deadline, now. */
    @PreAuthorize(PrivacyRoles.READERS)
    public BreachDeadline deadline(DataBreach breach) {
        return BreachDeadline.of(breach, clock);
    }

    @PreAuthorize(PrivacyRoles.BREACH_REPORTERS)
    @Transactional
    public DataBreach register(DataBreachInput input, String actor) {
        UUID tenant = tenant();
        DataBreachInput valid = validated(input);
        Optional<UUID> own = CurrentTenant.ownSchoolId();
        if (own.isPresent() && !valid.schoolIds().equals(Set.of(own.get()))) {
            throw new AccessDeniedException("A director registers a breach of their own school only");
        }
        UUID id = breaches.insert(tenant, valid, actor);
        DataBreach created = breaches.find(id).orElseThrow();
        audit.recordForSchool(tenant, onlySchool(created), actor, "data_breach", id, AuditAction.CREATED, null, values(created));
        return created;
    }

    /** The DPO completes or corrects a breach read at {@code original}'s version, e.g. the measures or the report. */
    @PreAuthorize(PrivacyRoles.DPO)
    @Transactional
    public DataBreach change(DataBreach original, DataBreachInput input, String actor) {
        UUID tenant = tenant();
        DataBreachInput valid = validated(input);
        DataBreach before = breaches.find(original.id()).orElseThrow(PlanChangedException::new);
        if (!breaches.update(tenant, original.id(), original.version(), valid)) {
            throw new PlanChangedException();
        }
        DataBreach after = breaches.find(original.id()).orElseThrow();
        audit.recordForSchool(tenant, onlySchool(after), actor, "data_breach", after.id(), AuditAction.CHANGED, values(before), values(after));
        return after;
    }

    /** The DPO notes that the breach was reported to the supervisory authority at {@code reportedAt}. */
    @PreAuthorize(PrivacyRoles.DPO)
    @Transactional
    public DataBreach markReported(DataBreach original, OffsetDateTime reportedAt, String actor) {
        DataBreach before = breaches.find(original.id()).orElseThrow(PlanChangedException::new);
        if (reportedAt == null) {
            throw new InvalidInputException("privacy.breach.error.reported-at");
        }
        return change(original, new DataBreachInput(before.discoveredAt(), before.nature(), before.dataAffected(),
                before.peopleAffected(), before.schoolIds(), before.measures(), true, reportedAt), actor);
    }

    private DataBreachInput validated(DataBreachInput input) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (input.discoveredAt() == null) {
            throw new InvalidInputException("privacy.breach.error.discovered-at");
        }
        if (input.discoveredAt().isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new InvalidInputException("privacy.breach.error.discovered-future");
        }
        String nature = required(input.nature(), MAX_TEXT, "privacy.breach.error.nature");
        String data = required(input.dataAffected(), MAX_TEXT, "privacy.breach.error.data");
        if (input.peopleAffected() != null && input.peopleAffected() < 0) {
            throw new InvalidInputException("privacy.breach.error.people");
        }
        if (input.schoolIds().isEmpty()) {
            throw new InvalidInputException("privacy.error.no-schools");
        }
        Set<UUID> groupSchools = new HashSet<>(schools.findAll().stream().map(School::id).toList());
        if (!groupSchools.containsAll(input.schoolIds())) {
            throw new InvalidInputException("plan.error.no-school");
        }
        String measures = optional(input.measures(), MAX_TEXT, "privacy.error.text-too-long");
        if (input.reportedAt() != null) {
            if (input.reportedAt().isBefore(input.discoveredAt())) {
                throw new InvalidInputException("privacy.breach.error.reported-before");
            }
            if (input.reportedAt().isAfter(now.plus(FUTURE_TOLERANCE))) {
                throw new InvalidInputException("privacy.breach.error.reported-future");
            }
        }
        return new DataBreachInput(input.discoveredAt(), nature, data, input.peopleAffected(), input.schoolIds(), measures,
                input.reportRequired() || input.reportedAt() != null, input.reportedAt());
    }

    /** A breach of one school goes in that school's history; one of several in the group's. */
    private static UUID onlySchool(DataBreach breach) {
        return breach.schoolIds().size() == 1 ? breach.schoolIds().iterator().next() : null;
    }

    private static Map<String, Object> values(DataBreach breach) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("discoveredAt", breach.discoveredAt().toInstant().toString());
        values.put("nature", breach.nature());
        values.put("dataAffected", breach.dataAffected());
        values.put("peopleAffected", breach.peopleAffected());
        values.put("schools", new TreeSet<>(breach.schoolIds()));
        values.put("measures", breach.measures());
        values.put("reportRequired", breach.reportRequired());
        values.put("reportedAt", breach.reportedAt() == null ? null : breach.reportedAt().toInstant().toString());
        return values;
    }
}
