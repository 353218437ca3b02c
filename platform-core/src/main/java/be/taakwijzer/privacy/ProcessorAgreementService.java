package be.taakwijzer.privacy;

import static be.taakwijzer.privacy.PrivacyInputs.MAX_NAME;
import static be.taakwijzer.privacy.PrivacyInputs.MAX_TEXT;
import static be.taakwijzer.privacy.PrivacyInputs.link;
import static be.taakwijzer.privacy.PrivacyInputs.optional;
import static be.taakwijzer.privacy.PrivacyInputs.required;
import static be.taakwijzer.privacy.PrivacyInputs.tenant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.allocation.PlanChangedException;
import be.taakwijzer.audit.AuditAction;
import be.taakwijzer.audit.AuditTrail;
import be.taakwijzer.shared.InvalidInputException;

/**
 * Processor agreements (verwerkersovereenkomsten) per supplier or application, kept by the group's DPO.
 * Whether an agreement has expired or expires within {@value AgreementState#WARNING_DAYS} days is
 * computed for today (Brussels time). Directors and group ICT staff read them.
 */
@Service
public class ProcessorAgreementService {

    private final ProcessorAgreementRepository agreements;
    private final SupplierDirectory suppliers;
    private final AuditTrail audit;
    private final Clock clock;

    ProcessorAgreementService(ProcessorAgreementRepository agreements, SupplierDirectory suppliers, AuditTrail audit, Clock clock) {
        this.agreements = agreements;
        this.suppliers = suppliers;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(PrivacyRoles.READERS)
    @Transactional(readOnly = true)
    public List<ProcessorAgreement> agreements() {
        return agreements.findAll(LocalDate.now(clock));
    }

    @PreAuthorize(PrivacyRoles.DPO)
    @Transactional
    public ProcessorAgreement add(ProcessorAgreementInput input, String actor) {
        UUID tenant = tenant();
        UUID id = agreements.insert(tenant, validated(input));
        ProcessorAgreement created = agreements.find(id, LocalDate.now(clock)).orElseThrow();
        audit.record(tenant, actor, "processor_agreement", id, AuditAction.CREATED, null, values(created));
        return created;
    }

    /** Changes an agreement read at {@code original}'s version. */
    @PreAuthorize(PrivacyRoles.DPO)
    @Transactional
    public ProcessorAgreement change(ProcessorAgreement original, ProcessorAgreementInput input, String actor) {
        UUID tenant = tenant();
        ProcessorAgreementInput valid = validated(input);
        LocalDate today = LocalDate.now(clock);
        ProcessorAgreement before = agreements.find(original.id(), today).orElseThrow(PlanChangedException::new);
        if (!agreements.update(original.id(), original.version(), valid)) {
            throw new PlanChangedException();
        }
        ProcessorAgreement after = agreements.find(original.id(), today).orElseThrow();
        audit.record(tenant, actor, "processor_agreement", after.id(), AuditAction.CHANGED, values(before), values(after));
        return after;
    }

    @PreAuthorize(PrivacyRoles.DPO)
    @Transactional
    public void remove(ProcessorAgreement original, String actor) {
        UUID tenant = tenant();
        ProcessorAgreement before = agreements.find(original.id(), LocalDate.now(clock)).orElseThrow(PlanChangedException::new);
        if (!agreements.delete(original.id(), original.version())) {
            throw new PlanChangedException();
        }
        audit.record(tenant, actor, "processor_agreement", before.id(), AuditAction.DELETED, values(before), null);
    }

    /** The suppliers of the purchasing workspace an agreement can name. */
    @PreAuthorize(PrivacyRoles.DPO)
    @Transactional(readOnly = true)
    public List<SupplierDirectory.SupplierName> suppliers() {
        return suppliers.all();
    }

    private ProcessorAgreementInput validated(ProcessorAgreementInput input) {
        String processor = required(input.processorName(), MAX_NAME, "privacy.agreement.error.processor");
        String supplier = input.supplierId() == null
                ? optional(input.supplierName(), MAX_NAME, "privacy.agreement.error.supplier-too-long")
                : suppliers.name(input.supplierId()).orElseThrow(() -> new InvalidInputException("privacy.agreement.error.supplier"));
        String application = optional(input.application(), MAX_NAME, "privacy.agreement.error.application-too-long");
        if (input.status() == null) {
            throw new InvalidInputException("privacy.agreement.error.status");
        }
        if (input.status() == AgreementStatus.SIGNED && input.signedOn() == null) {
            throw new InvalidInputException("privacy.agreement.error.signed-on");
        }
        if (input.signedOn() != null && input.expiresOn() != null && input.expiresOn().isBefore(input.signedOn())) {
            throw new InvalidInputException("privacy.agreement.error.dates");
        }
        String note = optional(input.note(), MAX_TEXT, "privacy.error.text-too-long");
        return new ProcessorAgreementInput(processor, supplier.isEmpty() ? null : supplier, application, input.status(),
                input.signedOn(), input.expiresOn(), link(input.documentUrl()), note, input.supplierId());
    }

    private static Map<String, Object> values(ProcessorAgreement agreement) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("processor", agreement.processorName());
        values.put("supplier", agreement.supplierName());
        values.put("supplierId", agreement.supplierId());
        values.put("application", agreement.application());
        values.put("status", agreement.status().name());
        values.put("signedOn", agreement.signedOn() == null ? null : agreement.signedOn().toString());
        values.put("expiresOn", agreement.expiresOn() == null ? null : agreement.expiresOn().toString());
        values.put("document", agreement.documentUrl());
        values.put("note", agreement.note());
        return values;
    }
}
