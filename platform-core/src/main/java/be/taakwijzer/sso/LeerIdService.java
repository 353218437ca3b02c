package be.taakwijzer.sso;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
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
 * The group runs LeerID once for all its member schools: per school its onboarding state, the learning
 * applications connected through it and the ICT staff's checklist. Every change names the version of
 * the school's LeerID it was made on; a change on an outdated version is refused, so that two people
 * never overwrite each other. Group ICT staff change; a director reads their own school only.
 */
@Service
public class LeerIdService {

    static final int MAX_NOTE = 2000;
    static final int MAX_NAME = 200;

    private final SchoolRepository schools;
    private final LeerIdRepository leerId;
    private final AuditTrail audit;

    LeerIdService(SchoolRepository schools, LeerIdRepository leerId, AuditTrail audit) {
        this.schools = schools;
        this.leerId = leerId;
        this.audit = audit;
    }

    /** Every school of the group with its state, applications connected/total and checklist progress; a director's own only. */
    @PreAuthorize(SsoRoles.READERS)
    @Transactional(readOnly = true)
    public List<LeerIdSummary> overview() {
        Optional<UUID> own = CurrentTenant.ownSchoolId();
        Map<UUID, LeerIdRepository.Current> states = leerId.currentOfAll();
        Map<UUID, int[]> applications = leerId.applicationCounts();
        Map<UUID, Integer> checklist = leerId.checklistDoneCounts();
        return schools.findAll().stream()
                .filter(school -> own.isEmpty() || own.get().equals(school.id()))
                .map(school -> {
                    LeerIdRepository.Current current = states.get(school.id());
                    int[] counts = applications.getOrDefault(school.id(), new int[] {0, 0});
                    return new LeerIdSummary(school, current == null ? LeerIdState.NOT_STARTED : current.state(),
                            current == null ? 0 : current.version(), counts[0], counts[1], checklist.getOrDefault(school.id(), 0));
                }).toList();
    }

    /**
     * One school's LeerID; empty when the group has no such school. Refused for a director asking for
     * another school.
     */
    @PreAuthorize(SsoRoles.READERS)
    @Transactional(readOnly = true)
    public Optional<LeerIdSchool> school(UUID schoolId) {
        requireOwnSchoolForDirector(schoolId);
        return schools.find(schoolId).map(this::read);
    }

    /**
     * Moves a school to another state: forward one step at a time, or back to any earlier state with a
     * reason in the note.
     */
    @PreAuthorize(SsoRoles.EDITORS)
    @Transactional
    public LeerIdSchool changeState(UUID schoolId, int version, LeerIdState to, String note, String actor) {
        if (to == null) {
            throw new InvalidInputException("sso.error.state");
        }
        String validNote = validNote(note);
        School school = existing(schoolId);
        LeerIdSchool current = read(school);
        if (current.version() != version) {
            throw new PlanChangedException();
        }
        LeerIdState from = current.state();
        if (to == from) {
            throw new InvalidInputException("sso.error.same-state");
        }
        if (from.isBefore(to) && to != from.next()) {
            throw new InvalidInputException("sso.error.skip");
        }
        if (to.isBefore(from) && validNote.isEmpty()) {
            throw new InvalidInputException("sso.error.reason-required");
        }
        claim(school, version, actor);
        leerId.changeState(school.tenantId(), schoolId, from, to, actor, validNote);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", to.name());
        after.put("note", validNote);
        audit.recordForSchool(school.tenantId(), schoolId, actor, "leerid_school", schoolId, AuditAction.CHANGED,
                Map.of("state", from.name()), after);
        return read(school);
    }

    @PreAuthorize(SsoRoles.EDITORS)
    @Transactional
    public LeerIdSchool addApplication(UUID schoolId, int version, ApplicationInput input, String actor) {
        ApplicationInput valid = validated(input);
        School school = existing(schoolId);
        claim(school, version, actor);
        if (leerId.nameTaken(schoolId, valid.name(), null)) {
            throw new InvalidInputException("sso.error.app-duplicate", valid.name());
        }
        UUID id;
        try {
            id = leerId.insertApplication(school.tenantId(), schoolId, valid);
        } catch (DuplicateKeyException raced) {
            throw new InvalidInputException("sso.error.app-duplicate", valid.name());
        }
        audit.recordForSchool(school.tenantId(), schoolId, actor, "leerid_application", id, AuditAction.CREATED, null, values(valid));
        return read(school);
    }

    @PreAuthorize(SsoRoles.EDITORS)
    @Transactional
    public LeerIdSchool changeApplication(UUID schoolId, int version, UUID applicationId, ApplicationInput input, String actor) {
        ApplicationInput valid = validated(input);
        School school = existing(schoolId);
        claim(school, version, actor);
        LeerIdApplication before = existingApplication(schoolId, applicationId);
        if (leerId.nameTaken(schoolId, valid.name(), applicationId)) {
            throw new InvalidInputException("sso.error.app-duplicate", valid.name());
        }
        leerId.updateApplication(applicationId, valid);
        audit.recordForSchool(school.tenantId(), schoolId, actor, "leerid_application", applicationId, AuditAction.CHANGED,
                values(asInput(before)), values(valid));
        return read(school);
    }

    @PreAuthorize(SsoRoles.EDITORS)
    @Transactional
    public LeerIdSchool removeApplication(UUID schoolId, int version, UUID applicationId, String actor) {
        School school = existing(schoolId);
        claim(school, version, actor);
        LeerIdApplication before = existingApplication(schoolId, applicationId);
        leerId.deleteApplication(applicationId);
        audit.recordForSchool(school.tenantId(), schoolId, actor, "leerid_application", applicationId, AuditAction.DELETED,
                values(asInput(before)), null);
        return read(school);
    }

    /** Ticks or unticks a checklist item; setting what is already there is no change (and no new version). */
    @PreAuthorize(SsoRoles.EDITORS)
    @Transactional
    public LeerIdSchool setChecklistItem(UUID schoolId, int version, ChecklistItem item, boolean done, String actor) {
        if (item == null) {
            throw new InvalidInputException("sso.error.checklist-item");
        }
        School school = existing(schoolId);
        LeerIdSchool current = read(school);
        if (current.version() != version) {
            throw new PlanChangedException();
        }
        if (current.entry(item).done() == done) {
            return current;
        }
        claim(school, version, actor);
        leerId.saveChecklistItem(school.tenantId(), schoolId, item, done, actor);
        audit.recordForSchool(school.tenantId(), schoolId, actor, "leerid_checklist", schoolId, AuditAction.CHANGED,
                Map.of("item", item.name(), "done", !done), Map.of("item", item.name(), "done", done));
        return read(school);
    }

    private LeerIdSchool read(School school) {
        Optional<LeerIdRepository.Current> current = leerId.current(school.id());
        return new LeerIdSchool(school, current.map(LeerIdRepository.Current::state).orElse(LeerIdState.NOT_STARTED),
                current.map(LeerIdRepository.Current::version).orElse(0),
                current.map(LeerIdRepository.Current::changedAt).orElse(null),
                current.map(LeerIdRepository.Current::changedBy).orElse(null),
                leerId.history(school.id()), leerId.applications(school.id()), leerId.checklist(school.id()));
    }

    private School existing(UUID schoolId) {
        requireOwnSchoolForDirector(schoolId);
        return schools.find(schoolId).orElseThrow(() -> new InvalidInputException("sso.error.no-school"));
    }

    private void claim(School school, int version, String actor) {
        if (!leerId.claim(school.tenantId(), school.id(), version, actor)) {
            throw new PlanChangedException();
        }
    }

    private static void requireOwnSchoolForDirector(UUID schoolId) {
        Optional<UUID> own = CurrentTenant.ownSchoolId();
        if (own.isPresent() && !own.get().equals(schoolId)) {
            throw new AccessDeniedException("A director sees only their own school's LeerID");
        }
    }

    private LeerIdApplication existingApplication(UUID schoolId, UUID applicationId) {
        return leerId.applications(schoolId).stream().filter(application -> application.id().equals(applicationId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("sso.error.app-unknown"));
    }

    private static String validNote(String note) {
        String valid = note == null ? "" : note.strip();
        if (valid.length() > MAX_NOTE) {
            throw new InvalidInputException("sso.error.note", MAX_NOTE);
        }
        return valid;
    }

    private static ApplicationInput validated(ApplicationInput input) {
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidInputException("sso.error.app-name", MAX_NAME);
        }
        String supplier = input.supplier() == null ? "" : input.supplier().strip();
        if (supplier.length() > MAX_NAME) {
            throw new InvalidInputException("sso.error.app-supplier", MAX_NAME);
        }
        if (input.connectionState() == null) {
            throw new InvalidInputException("sso.error.app-connection");
        }
        return new ApplicationInput(name, supplier, input.connectionState(), validNote(input.note()));
    }

    private static ApplicationInput asInput(LeerIdApplication application) {
        return new ApplicationInput(application.name(), application.supplier(), application.connectionState(), application.note());
    }

    private static Map<String, Object> values(ApplicationInput input) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", input.name());
        values.put("supplier", input.supplier());
        values.put("connectionState", input.connectionState().name());
        values.put("note", input.note());
        return values;
    }
}
