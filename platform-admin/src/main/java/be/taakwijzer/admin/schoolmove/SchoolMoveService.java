package be.taakwijzer.admin.schoolmove;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.JSONB;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.shared.FlemishTime;
import be.taakwijzer.admin.schoolmove.SchoolMoveRepository.Covered;
import be.taakwijzer.admin.security.OperatorRoles;
import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.audit.AuditAction;
import be.taakwijzer.audit.AuditTrail;
import be.taakwijzer.identitysync.IdentitySyncRequests;
import be.taakwijzer.shared.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves a school to another school group with its history (ADR 0012). First a preview: the school's rows
 * per table and what happens to each, with a fingerprint of those rows. Then, on the operator's
 * confirmation with the school's name or instellingsnummer and that fingerprint, one transaction gives
 * every row of the school the new group's tenant_id, removes its links to the old group's records,
 * adds the school years its plans need, tells the school which tasks are no longer covered centrally,
 * and records the move in both groups' audit trails and in the platform's register of moves.
 */
@Service
public class SchoolMoveService {

    static final String ENTITY = "school";
    private static final Logger LOG = LoggerFactory.getLogger(SchoolMoveService.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Comparator<Covered> BY_YEAR_AND_TASK = Comparator.comparingInt(Covered::startYear).thenComparing(Covered::taskCode);

    private final SchoolMoveRepository repository;
    private final AuditTrail audit;
    private final IdentitySyncRequests identities;

    SchoolMoveService(SchoolMoveRepository repository, AuditTrail audit, IdentitySyncRequests identities) {
        this.repository = repository;
        this.audit = audit;
        this.identities = identities;
    }

    /** The school and its group now, or empty when there is no such school. */
    @PreAuthorize(OperatorRoles.OPERATOR)
    @Transactional(readOnly = true)
    public Optional<MovingSchool> school(UUID schoolId) {
        return repository.school(schoolId);
    }

    /** Every group the school may move to: all but its own. */
    @PreAuthorize(OperatorRoles.OPERATOR)
    @Transactional(readOnly = true)
    public List<GroupChoice> targets(UUID schoolId) {
        MovingSchool school = known(schoolId);
        return repository.groups().stream().filter(group -> !group.tenantId().equals(school.group().tenantId())).toList();
    }

    /** What moving the school to the target group would do; nothing is changed. */
    @PreAuthorize(OperatorRoles.OPERATOR)
    @Transactional(readOnly = true)
    public MovePreview preview(UUID schoolId, UUID targetTenantId) {
        MovingSchool school = known(schoolId);
        GroupChoice target = target(school, targetTenantId);
        UUID from = school.group().tenantId();
        List<TableRows> tables = SchoolMovePlan.plan().stream()
                .map(rule -> new TableRows(rule.key(), rule.disposition(), repository.count(rule, from, schoolId))).toList();
        return new MovePreview(school, target, tables, repository.directors(from, schoolId), yearsToAdd(from, target.tenantId(), schoolId),
                repository.centralTasksCovering(from, schoolId), repository.centralTasksForAll(target.tenantId()),
                repository.breachesToReport(from, schoolId), fingerprint(school, target, repository.rowDigests(from, schoolId, false)));
    }

    /**
     * Moves the school if {@code confirmation} is its name or instellingsnummer and {@code fingerprint} (from
     * the preview) still describes its rows. All or nothing: a refusal or a failure leaves both groups as they were.
     */
    @PreAuthorize(OperatorRoles.OPERATOR)
    @Transactional
    public MoveResult move(UUID schoolId, UUID targetTenantId, String confirmation, String fingerprint, String actor) {
        MovingSchool school = known(schoolId);
        GroupChoice target = target(school, targetTenantId);
        String typed = confirmation == null ? "" : confirmation.strip();
        if (!typed.equals(school.name()) && !typed.equals(school.instellingsnummer())) {
            throw new InvalidInputException("move.error.confirmation", school.name(), school.instellingsnummer());
        }
        UUID from = school.group().tenantId();
        UUID to = target.tenantId();
        repository.lockGroups(from, to);
        repository.deferConstraints();
        // the school's rows are locked as they are read: what was previewed is exactly what moves
        if (!fingerprint(school, target, repository.rowDigests(from, schoolId, true)).equals(fingerprint)) {
            throw new InvalidInputException("move.error.changed");
        }
        List<OffsetDateTime> breaches = repository.breachesToReport(from, schoolId);
        if (!breaches.isEmpty()) {
            throw new InvalidInputException("move.error.breach", breaches.getFirst().atZoneSameInstant(FlemishTime.ZONE).toLocalDate());
        }
        Set<Covered> coveredBefore = repository.coverage(from, schoolId);
        List<MovingDirector> directors = repository.directors(from, schoolId);
        Optional<String> domain = repository.emailDomain(from, schoolId);
        List<SchoolYear> yearsAdded = yearsToAdd(from, to, schoolId);
        yearsAdded.forEach(year -> repository.addYear(to, year.startYear()));

        List<TableRows> done = new ArrayList<>();
        Map<String, List<UUID>> recorded = new LinkedHashMap<>();
        for (SchoolRows rule : SchoolMovePlan.plan()) {
            if (rule.recorded() != null) {
                recorded.put(rule.key(), repository.recorded(rule, from, schoolId));
            }
            done.add(new TableRows(rule.key(), rule.disposition(), repository.apply(rule, from, to, schoolId)));
        }
        try {
            repository.checkConstraints();
        } catch (DataIntegrityViolationException broken) {
            // a row of the school that the plan did not take along, written while the school moved
            LOG.error("Moving school {} from {} to {} left a reference behind; nothing was moved", schoolId, from, to, broken);
            throw new InvalidInputException("move.error.changed");
        }

        Set<Covered> coveredAfter = repository.coverage(to, schoolId);
        Set<Integer> targetYears = repository.years(to);
        List<Covered> openAgain = coveredBefore.stream()
                .filter(task -> !coveredAfter.contains(task) && targetYears.contains(task.startYear())).sorted(BY_YEAR_AND_TASK).toList();
        int noticesAdded = (int) openAgain.stream().filter(task -> repository.notifyOpenAgain(to, schoolId, task, actor)).count();
        int noticesDismissed = coveredAfter.stream().mapToInt(task -> repository.dismissNotices(to, schoolId, task, actor)).sum();

        // Keycloak follows: the directors and the school's domain leave the old organization and join the new one
        for (UUID group : List.of(from, to)) {
            directors.forEach(director -> identities.member(group, director.email(), null));
            domain.ifPresent(value -> identities.domain(group, value, schoolId));
        }

        MovingSchool moved = new MovingSchool(school.id(), school.name(), school.instellingsnummer(), target);
        auditBoth(school, target, done, recorded, yearsAdded, openAgain, noticesDismissed, actor);
        repository.record(school, target, actor, JSONB.jsonb(JSON.writeValueAsString(
                register(done, yearsAdded, noticesAdded))), fingerprint);
        LOG.info("School {} ({}) moved from {} to {} by {}: {}", school.name(), schoolId, school.group().name(), target.name(), actor, done);
        return new MoveResult(moved, target, done, yearsAdded, noticesAdded);
    }

    private MovingSchool known(UUID schoolId) {
        return (schoolId == null ? Optional.<MovingSchool>empty() : repository.school(schoolId))
                .orElseThrow(() -> new InvalidInputException("move.error.unknown-school"));
    }

    private GroupChoice target(MovingSchool school, UUID targetTenantId) {
        GroupChoice target = (targetTenantId == null ? Optional.<GroupChoice>empty() : repository.group(targetTenantId))
                .orElseThrow(() -> new InvalidInputException("move.error.unknown-group"));
        if (target.tenantId().equals(school.group().tenantId())) {
            throw new InvalidInputException("move.error.same-group", school.name(), target.name());
        }
        return target;
    }

    /** The years the school's plans and notices use that the new group has not set up yet. */
    private List<SchoolYear> yearsToAdd(UUID from, UUID to, UUID schoolId) {
        Set<Integer> existing = repository.years(to);
        return repository.yearsUsed(from, schoolId).stream().filter(year -> !existing.contains(year)).map(SchoolYear::new).toList();
    }

    /**
     * Both groups' trails get the move, with the operator as actor: the new one in the school's own history
     * (so its history page shows where it came from), the old one for the group as a whole, with the links
     * to its records that were removed and the references that were emptied.
     */
    private void auditBoth(MovingSchool school, GroupChoice target, List<TableRows> done, Map<String, List<UUID>> recorded,
                           List<SchoolYear> yearsAdded, List<Covered> openAgain, int noticesDismissed, String actor) {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("group", school.group().name());
        before.put("groupId", school.group().tenantId());
        before.put("name", school.name());
        before.put("instellingsnummer", school.instellingsnummer());

        Map<String, Object> arrived = new LinkedHashMap<>();
        arrived.put("group", target.name());
        arrived.put("groupId", target.tenantId());
        arrived.put("rowsMoved", rows(done, Disposition.MOVES));
        arrived.put("schoolYearsAdded", yearsAdded.stream().map(SchoolYear::label).toList());
        arrived.put("tasksOpenAgain", openAgain.stream().map(task -> new SchoolYear(task.startYear()).label() + " " + task.taskCode()).toList());
        arrived.put("noticesDismissed", noticesDismissed);
        audit.recordForSchool(target.tenantId(), school.id(), actor, ENTITY, school.id(), AuditAction.CHANGED, before, arrived);

        Map<String, Object> left = new LinkedHashMap<>();
        left.put("group", target.name());
        left.put("groupId", target.tenantId());
        left.put("rowsMoved", done.stream().filter(t -> t.disposition() == Disposition.MOVES).mapToInt(TableRows::rows).sum());
        left.put("linksRemoved", recordedOf(recorded, Disposition.LINK_REMOVED));
        left.put("referencesCleared", recordedOf(recorded, Disposition.REFERENCE_CLEARED));
        left.put("stayed", rows(done, Disposition.STAYS));
        audit.record(school.group().tenantId(), actor, ENTITY, school.id(), AuditAction.CHANGED, before, left);
    }

    private static Map<String, Integer> rows(List<TableRows> done, Disposition disposition) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        done.stream().filter(t -> t.disposition() == disposition && t.rows() > 0).forEach(t -> rows.put(t.key(), t.rows()));
        return rows;
    }

    private static Map<String, List<UUID>> recordedOf(Map<String, List<UUID>> recorded, Disposition disposition) {
        Map<String, List<UUID>> of = new LinkedHashMap<>();
        SchoolMovePlan.plan().stream().filter(rule -> rule.disposition() == disposition && !recorded.getOrDefault(rule.key(), List.of()).isEmpty())
                .forEach(rule -> of.put(rule.key(), recorded.get(rule.key())));
        return of;
    }

    /** What the platform's register of moves keeps: the rows per decision, the years added, the notices. */
    private static Map<String, Object> register(List<TableRows> done, List<SchoolYear> yearsAdded, int noticesAdded) {
        Map<String, Object> register = new LinkedHashMap<>();
        register.put("moved", rows(done, Disposition.MOVES));
        register.put("linksRemoved", rows(done, Disposition.LINK_REMOVED));
        register.put("referencesCleared", rows(done, Disposition.REFERENCE_CLEARED));
        register.put("stayed", rows(done, Disposition.STAYS));
        register.put("schoolYearsAdded", yearsAdded.stream().map(SchoolYear::label).toList());
        register.put("noticesAdded", noticesAdded);
        return register;
    }

    /** One fingerprint of the school, both groups and the digests of the school's rows per decision. */
    private static String fingerprint(MovingSchool school, GroupChoice target, Map<String, String> digests) {
        StringBuilder text = new StringBuilder().append(school.id()).append('\n').append(school.group().tenantId()).append('\n')
                .append(target.tenantId()).append('\n');
        digests.forEach((key, digest) -> text.append(key).append(": ").append(digest).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
