package be.taakwijzer.purchasing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Purchase requests of member schools. A director files requests for their own school and sees only
 * those; group ICT staff see all of them, may file for any school, and approve or refuse (with a reason).
 * A request against a contract needs a contract the school joined and that runs today.
 */
@Service
public class PurchaseRequestService {

    static final int MAX_DESCRIPTION = 500;
    static final int MAX_QUANTITY = 100_000;
    private static final BigDecimal MAX_COST = new BigDecimal("9999999999.99");
    private final PurchaseRequestRepository requests;
    private final ContractRepository contracts;
    private final SchoolRepository schools;
    private final AuditTrail audit;
    private final Clock clock;

    PurchaseRequestService(PurchaseRequestRepository requests, ContractRepository contracts, SchoolRepository schools,
                           AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.contracts = contracts;
        this.schools = schools;
        this.audit = audit;
        this.clock = clock;
    }

    /** All requests of the group, newest first; a director's own school's only. */
    @PreAuthorize(PurchasingRoles.BUYERS)
    @Transactional(readOnly = true)
    public List<PurchaseRequest> requests() {
        return CurrentTenant.ownSchoolId().map(requests::findBySchool).orElseGet(requests::findAll);
    }

    @PreAuthorize(PurchasingRoles.BUYERS)
    @Transactional
    public PurchaseRequest file(UUID schoolId, PurchaseRequestInput input, String actor) {
        Optional<UUID> own = CurrentTenant.ownSchoolId();
        if (own.isPresent() && !own.get().equals(schoolId)) {
            throw new AccessDeniedException("A director files requests for their own school only");
        }
        School school = schools.find(schoolId).orElseThrow(() -> new InvalidInputException("purchasing.error.school"));
        PurchaseRequestInput valid = validated(input, schoolId);
        UUID id = requests.insert(school.tenantId(), schoolId, valid, actor);
        PurchaseRequest filed = requests.find(id).orElseThrow();
        audit.recordForSchool(school.tenantId(), schoolId, actor, "purchase_request", id, AuditAction.CREATED, null, values(filed));
        return filed;
    }

    @PreAuthorize(PurchasingRoles.GROUP_ICT_STAFF)
    @Transactional
    public PurchaseRequest approve(PurchaseRequest original, String actor) {
        return decide(original, RequestStatus.APPROVED, null, actor);
    }

    @PreAuthorize(PurchasingRoles.GROUP_ICT_STAFF)
    @Transactional
    public PurchaseRequest refuse(PurchaseRequest original, String reason, String actor) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > SupplierService.MAX_NOTE) {
            throw new InvalidInputException("purchasing.error.refusal-reason", SupplierService.MAX_NOTE);
        }
        return decide(original, RequestStatus.REFUSED, why, actor);
    }

    private PurchaseRequest decide(PurchaseRequest original, RequestStatus status, String reason, String actor) {
        UUID tenant = CurrentTenant.id().orElseThrow(() -> new InvalidInputException("plan.error.no-group"));
        PurchaseRequest before = requests.find(original.id()).orElseThrow(() -> new InvalidInputException("purchasing.error.request-unknown"));
        if (before.version() == original.version() && before.status() != RequestStatus.REQUESTED) {
            throw new InvalidInputException("purchasing.error.already-decided");
        }
        if (!requests.decide(original.id(), original.version(), status, reason, actor, OffsetDateTime.now(clock))) {
            throw new PlanChangedException();
        }
        PurchaseRequest after = requests.find(original.id()).orElseThrow();
        audit.recordForSchool(tenant, after.schoolId(), actor, "purchase_request", after.id(), AuditAction.CHANGED, values(before),
                values(after));
        return after;
    }

    private PurchaseRequestInput validated(PurchaseRequestInput input, UUID schoolId) {
        PurchaseCategory category = input.category();
        if (input.contractId() != null) {
            Contract contract = contracts.find(input.contractId())
                    .orElseThrow(() -> new InvalidInputException("purchasing.error.contract-unknown"));
            if (!contract.joinedBy(schoolId)) {
                throw new InvalidInputException("purchasing.error.contract-not-joined", contract.title());
            }
            if (!contract.activeOn(LocalDate.now(clock))) {
                throw new InvalidInputException("purchasing.error.contract-not-active", contract.title());
            }
            category = contract.category();
        }
        if (category == null) {
            throw new InvalidInputException("purchasing.error.category");
        }
        String description = input.description() == null ? "" : input.description().strip();
        if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("purchasing.error.description", MAX_DESCRIPTION);
        }
        if (input.quantity() == null || input.quantity() <= 0 || input.quantity() > MAX_QUANTITY) {
            throw new InvalidInputException("purchasing.error.quantity", MAX_QUANTITY);
        }
        BigDecimal cost = input.estimatedCost();
        if (cost == null || cost.signum() < 0 || cost.compareTo(MAX_COST) > 0 || cost.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("purchasing.error.cost");
        }
        return new PurchaseRequestInput(input.contractId(), category, description, input.quantity(), cost.setScale(2));
    }

    private static Map<String, Object> values(PurchaseRequest request) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("school", request.schoolId());
        values.put("contract", request.contractId());
        values.put("category", request.category().name());
        values.put("description", request.description());
        values.put("quantity", request.quantity());
        values.put("estimatedCost", request.estimatedCost());
        values.put("status", request.status().name());
        values.put("refusalReason", request.refusalReason());
        return values;
    }
}
