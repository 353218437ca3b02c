package be.taakwijzer.admin.groups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.admin.security.OperatorRoles;
import be.taakwijzer.audit.AuditAction;
import be.taakwijzer.audit.AuditTrail;
import be.taakwijzer.identitysync.IdentitySyncRequests;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.tenancy.EmailDomain;
import be.taakwijzer.tenancy.Instellingsnummer;

/**
 * School groups, their schools and umbrellas edited by hand in the console. A change names the version it
 * was read at (an umbrella: its name) and is refused when someone changed the row meanwhile; refused input
 * names its field's problem (Dutch and English); each change is one transaction with its entry in the
 * group's audit trail (the operator as actor) and, where Keycloak must follow (a group's name, a group's or
 * school's e-mail domain), its identity sync request (ADR 0013). Operators only.
 */
@Service
@PreAuthorize(OperatorRoles.OPERATOR)
public class SchoolGroupService {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{4}");
    private static final int MAX_TEXT = 200;
    private static final int MAX_PUPILS = 100_000;

    private final SchoolGroupRepository repository;
    private final AuditTrail audit;
    private final IdentitySyncRequests identitySync;

    SchoolGroupService(SchoolGroupRepository repository, AuditTrail audit, IdentitySyncRequests identitySync) {
        this.repository = repository;
        this.audit = audit;
        this.identitySync = identitySync;
    }

    /** The group, or {@code groups.error.unknown} when it does not exist (any more). */
    @Transactional(readOnly = true)
    public GroupDetails group(UUID tenantId) {
        return repository.group(tenantId).orElseThrow(() -> new InvalidInputException("groups.error.unknown"));
    }

    @Transactional(readOnly = true)
    public List<SchoolDetails> schools(UUID tenantId) {
        return repository.schools(tenantId);
    }

    /** Changes the group read as {@code read}: its name, umbrella and e-mail domain. */
    @Transactional
    public GroupDetails changeGroup(GroupDetails read, GroupChange change, String actor) {
        String name = requiredText(change.name(), "onboarding.error.name");
        String domain = optionalDomain(change.emailDomain());
        if (change.umbrellaId() != null && !repository.umbrellaExists(change.umbrellaId())) {
            throw new InvalidInputException("groups.error.umbrella");
        }
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        changed(before, after, "name", read.name(), name);
        changed(before, after, "umbrella", text(read.umbrellaId()), text(change.umbrellaId()));
        changed(before, after, "email_domain", read.emailDomain(), domain);
        if (after.isEmpty()) {
            return group(read.tenantId());
        }
        if (!repository.updateGroup(read, name, change.umbrellaId(), domain)) {
            throw new InvalidInputException("groups.error.changed");
        }
        audit.record(read.tenantId(), actor, "school_group", read.tenantId(), AuditAction.CHANGED, before, after);
        if (!name.equals(read.name())) {
            identitySync.organization(read.tenantId());
        }
        domainChanged(read.tenantId(), read.emailDomain(), domain, null);
        return group(read.tenantId());
    }

    /** Adds a school to the group by hand; its e-mail domain, if any, goes to the group's organization in Keycloak. */
    @Transactional
    public SchoolDetails addSchool(UUID tenantId, SchoolInput input, String actor) {
        group(tenantId);
        SchoolInput school = valid(input, null);
        UUID id = insert(tenantId, school);
        audit.recordForSchool(tenantId, id, actor, "school", id, AuditAction.CREATED, null, values(school));
        domainChanged(tenantId, null, school.emailDomain(), id);
        return repository.school(tenantId, id).orElseThrow();
    }

    /** Changes the school read as {@code read}. */
    @Transactional
    public SchoolDetails changeSchool(SchoolDetails read, SchoolInput input, String actor) {
        SchoolInput school = valid(input, read.id());
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        Map<String, Object> old = values(SchoolInput.of(read));
        values(school).forEach((field, value) -> changed(before, after, field, old.get(field), value));
        if (after.isEmpty()) {
            return repository.school(read.tenantId(), read.id()).orElseThrow(() -> new InvalidInputException("groups.error.changed"));
        }
        boolean updated;
        try {
            updated = repository.updateSchool(read, school);
        } catch (DuplicateKeyException taken) {
            throw new InvalidInputException("groups.error.school-number-taken", school.instellingsnummer());
        }
        if (!updated) {
            throw new InvalidInputException("groups.error.changed");
        }
        audit.recordForSchool(read.tenantId(), read.id(), actor, "school", read.id(), AuditAction.CHANGED, before, after);
        domainChanged(read.tenantId(), read.emailDomain(), school.emailDomain(), read.id());
        return repository.school(read.tenantId(), read.id()).orElseThrow();
    }

    /**
     * Renames an umbrella whose name is still {@code readName}; recorded in the trail of each of its groups
     * (the umbrella itself has no tenant).
     */
    @Transactional
    public void renameUmbrella(Umbrella read, String newName, String actor) {
        String name = requiredText(newName, "onboarding.error.name");
        if (!repository.renameUmbrella(read.id(), read.name(), name)) {
            throw new InvalidInputException("groups.error.umbrella-changed");
        }
        for (UUID tenantId : repository.groupsOfUmbrella(read.id())) {
            audit.record(tenantId, actor, "umbrella_organisation", read.id(), AuditAction.CHANGED, Map.of("name", read.name()),
                    Map.of("name", name));
        }
    }

    private UUID insert(UUID tenantId, SchoolInput school) {
        try {
            return repository.insertSchool(tenantId, school);
        } catch (DuplicateKeyException taken) {
            throw new InvalidInputException("groups.error.school-number-taken", school.instellingsnummer());
        }
    }

    /** The input trimmed, empty texts as null, the number with its leading zeros; or the first field's problem. */
    private SchoolInput valid(SchoolInput input, UUID schoolId) {
        String number;
        try {
            number = Instellingsnummer.parse(input.instellingsnummer()).value();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("groups.error.school-number");
        }
        if (repository.schoolNumberTaken(number, schoolId)) {
            throw new InvalidInputException("groups.error.school-number-taken", number);
        }
        String name = requiredText(input.name(), "groups.error.school-name");
        String street = optionalText(input.street(), "groups.error.street");
        String postalCode = optionalText(input.postalCode(), "groups.error.postal-code");
        if (postalCode != null && !POSTAL_CODE.matcher(postalCode).matches()) {
            throw new InvalidInputException("groups.error.postal-code");
        }
        String municipality = optionalText(input.municipality(), "groups.error.municipality");
        if (input.educationLevel() == null) {
            throw new InvalidInputException("groups.error.level");
        }
        if (input.pupilCount() != null && (input.pupilCount() < 0 || input.pupilCount() > MAX_PUPILS)) {
            throw new InvalidInputException("groups.error.pupil-count", MAX_PUPILS);
        }
        return new SchoolInput(number, name, street, postalCode, municipality, input.educationLevel(), input.pupilCount(),
                optionalText(input.network(), "groups.error.network"), optionalText(input.listedUmbrella(), "groups.error.listed-umbrella"),
                optionalText(input.schoolCommunity(), "groups.error.school-community"),
                optionalText(input.recognitionStatus(), "groups.error.recognition-status"), optionalDomain(input.emailDomain()));
    }

    /** Keycloak follows a changed domain: the old one leaves the organization (unless still used), the new one joins. */
    private void domainChanged(UUID tenantId, String before, String after, UUID schoolId) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null) {
            identitySync.domain(tenantId, before, schoolId);
        }
        if (after != null) {
            identitySync.domain(tenantId, after, schoolId);
        }
    }

    private static String requiredText(String value, String problemKey) {
        String text = optionalText(value, problemKey);
        if (text == null) {
            throw new InvalidInputException(problemKey);
        }
        return text;
    }

    private static String optionalText(String value, String problemKey) {
        String text = value == null ? "" : value.strip();
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(problemKey);
        }
        return text.isEmpty() ? null : text;
    }

    private static String optionalDomain(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return EmailDomain.parse(value).value();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("groups.error.email-domain");
        }
    }

    private static Map<String, Object> values(SchoolInput school) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("instellingsnummer", school.instellingsnummer());
        values.put("name", school.name());
        values.put("street", school.street());
        values.put("postal_code", school.postalCode());
        values.put("municipality", school.municipality());
        values.put("education_level", school.educationLevel().name());
        values.put("pupil_count", school.pupilCount());
        values.put("network", school.network());
        values.put("listed_umbrella", school.listedUmbrella());
        values.put("school_community", school.schoolCommunity());
        values.put("recognition_status", school.recognitionStatus());
        values.put("email_domain", school.emailDomain());
        return values;
    }

    private static void changed(Map<String, Object> before, Map<String, Object> after, String field, Object old, Object now) {
        if (!Objects.equals(old, now)) {
            before.put(field, old);
            after.put(field, now);
        }
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
