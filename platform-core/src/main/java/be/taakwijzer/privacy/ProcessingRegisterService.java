package be.taakwijzer.privacy;

import static be.taakwijzer.privacy.PrivacyInputs.MAX_NAME;
import static be.taakwijzer.privacy.PrivacyInputs.MAX_TEXT;
import static be.taakwijzer.privacy.PrivacyInputs.optional;
import static be.taakwijzer.privacy.PrivacyInputs.required;
import static be.taakwijzer.privacy.PrivacyInputs.tenant;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
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
 * The register of processing activities (GDPR art. 30), kept once by the group's DPO for all or chosen
 * member schools. Directors read the activities that apply to their school; group ICT staff read all.
 */
@Service
public class ProcessingRegisterService {

    private final ProcessingActivityRepository activities;
    private final SchoolRepository schools;
    private final AuditTrail audit;

    ProcessingRegisterService(ProcessingActivityRepository activities, SchoolRepository schools, AuditTrail audit) {
        this.activities = activities;
        this.schools = schools;
        this.audit = audit;
    }

    @PreAuthorize(PrivacyRoles.READERS)
    @Transactional(readOnly = true)
    public List<ProcessingActivity> activities() {
        Optional<UUID> own = CurrentTenant.ownSchoolId();
        List<ProcessingActivity> all = activities.findAll();
        return own.map(school -> all.stream().filter(activity -> activity.appliesTo(school)).toList()).orElse(all);
    }

    @PreAuthorize(PrivacyRoles.DPO)
    @Transactional
    public ProcessingActivity add(ProcessingActivityInput input, String actor) {
        UUID tenant = tenant();
        ProcessingActivityInput valid = validated(input, null);
        UUID id;
        try {
            id = activities.insert(tenant, valid);
        } catch (DuplicateKeyException raced) {
            throw new InvalidInputException("privacy.activity.error.duplicate");
        }
        ProcessingActivity created = activities.find(id).orElseThrow();
        audit.record(tenant, actor, "processing_activity", id, AuditAction.CREATED, null, values(created));
        return created;
    }

    /** Changes an activity read at {@code original}'s version. */
    @PreAuthorize(PrivacyRoles.DPO)
    @Transactional
    public ProcessingActivity change(ProcessingActivity original, ProcessingActivityInput input, String actor) {
        UUID tenant = tenant();
        ProcessingActivityInput valid = validated(input, original.id());
        ProcessingActivity before = activities.find(original.id()).orElseThrow(PlanChangedException::new);
        boolean updated;
        try {
            updated = activities.update(tenant, original.id(), original.version(), valid);
        } catch (DuplicateKeyException raced) {
            throw new InvalidInputException("privacy.activity.error.duplicate");
        }
        if (!updated) {
            throw new PlanChangedException();
        }
        ProcessingActivity after = activities.find(original.id()).orElseThrow();
        audit.record(tenant, actor, "processing_activity", after.id(), AuditAction.CHANGED, values(before), values(after));
        return after;
    }

    /** Removes an activity the group no longer carries out. */
    @PreAuthorize(PrivacyRoles.DPO)
    @Transactional
    public void remove(ProcessingActivity original, String actor) {
        UUID tenant = tenant();
        ProcessingActivity before = activities.find(original.id()).orElseThrow(PlanChangedException::new);
        if (!activities.delete(original.id(), original.version())) {
            throw new PlanChangedException();
        }
        audit.record(tenant, actor, "processing_activity", before.id(), AuditAction.DELETED, values(before), null);
    }

    private ProcessingActivityInput validated(ProcessingActivityInput input, UUID self) {
        String name = required(input.name(), MAX_NAME, "privacy.activity.error.name");
        String purpose = required(input.purpose(), MAX_TEXT, "privacy.activity.error.purpose");
        if (input.legalBasis() == null) {
            throw new InvalidInputException("privacy.activity.error.legal-basis");
        }
        String subjects = required(input.dataSubjects(), MAX_TEXT, "privacy.activity.error.data-subjects");
        String data = required(input.personalData(), MAX_TEXT, "privacy.activity.error.personal-data");
        String recipients = optional(input.recipients(), MAX_TEXT, "privacy.error.text-too-long");
        String transfers = optional(input.transfers(), MAX_TEXT, "privacy.error.text-too-long");
        String safeguards = optional(input.transferSafeguards(), MAX_TEXT, "privacy.error.text-too-long");
        if (transfers.isEmpty()) {
            safeguards = "";
        } else if (safeguards.isEmpty()) {
            throw new InvalidInputException("privacy.activity.error.safeguards");
        }
        String retention = required(input.retention(), MAX_TEXT, "privacy.activity.error.retention");
        String security = optional(input.securityMeasures(), MAX_TEXT, "privacy.error.text-too-long");
        Set<UUID> schoolIds = input.allSchools() ? Set.of() : input.schoolIds();
        if (!input.allSchools()) {
            if (schoolIds.isEmpty()) {
                throw new InvalidInputException("privacy.error.no-schools");
            }
            Set<UUID> groupSchools = new HashSet<>(schools.findAll().stream().map(School::id).toList());
            if (!groupSchools.containsAll(schoolIds)) {
                throw new InvalidInputException("plan.error.no-school");
            }
        }
        if (activities.nameTaken(name, self)) {
            throw new InvalidInputException("privacy.activity.error.duplicate");
        }
        return new ProcessingActivityInput(name, purpose, input.legalBasis(), subjects, data, recipients, transfers, safeguards,
                retention, security, input.allSchools(), schoolIds);
    }

    private static Map<String, Object> values(ProcessingActivity activity) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", activity.name());
        values.put("purpose", activity.purpose());
        values.put("legalBasis", activity.legalBasis().name());
        values.put("dataSubjects", activity.dataSubjects());
        values.put("personalData", activity.personalData());
        values.put("recipients", activity.recipients());
        values.put("transfers", activity.transfers());
        values.put("transferSafeguards", activity.transferSafeguards());
        values.put("retention", activity.retention());
        values.put("securityMeasures", activity.securityMeasures());
        values.put("allSchools", activity.allSchools());
        values.put("schools", new TreeSet<>(activity.schoolIds()));
        return values;
    }
}
