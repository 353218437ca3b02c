package be.taakwijzer.purchasing;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * The group's framework contracts. Group ICT staff keep them; member schools join and leave them:
 * group ICT staff for any school, a director for their own school only. A director sees every
 * contract of the group (so that they can join one), but of the joined schools only their own.
 */
@Service
public class ContractService {

    static final int MAX_DOCUMENTS = 20;
    private final ContractRepository contracts;
    private final SupplierRepository suppliers;
    private final SchoolRepository schools;
    private final AuditTrail audit;
    private final Clock clock;

    ContractService(ContractRepository contracts, SupplierRepository suppliers, SchoolRepository schools, AuditTrail audit, Clock clock) {
        this.contracts = contracts;
        this.suppliers = suppliers;
        this.schools = schools;
        this.audit = audit;
        this.clock = clock;
    }

    /** The group's contracts, the ones that end first first; for a director with only their own school as joined. */
    @PreAuthorize(PurchasingRoles.BUYERS)
    @Transactional(readOnly = true)
    public List<Contract> contracts() {
        return contracts.findAll().stream().map(ContractService::asSeen).toList();
    }

    @PreAuthorize(PurchasingRoles.GROUP_ICT_STAFF)
    @Transactional
    public Contract add(ContractInput input, String actor) {
        UUID tenant = CurrentTenant.id().orElseThrow(() -> new InvalidInputException("plan.error.no-group"));
        ContractInput valid = validated(input);
        UUID id = contracts.insert(tenant, valid);
        Contract created = contracts.find(id).orElseThrow();
        audit.record(tenant, actor, "framework_contract", id, AuditAction.CREATED, null, values(created));
        return created;
    }

    /** Changes a contract read at {@code original}'s version; the joined schools stay. */
    @PreAuthorize(PurchasingRoles.GROUP_ICT_STAFF)
    @Transactional
    public Contract change(Contract original, ContractInput input, String actor) {
        UUID tenant = CurrentTenant.id().orElseThrow(() -> new InvalidInputException("plan.error.no-group"));
        ContractInput valid = validated(input);
        Contract before = contracts.find(original.id()).orElseThrow(PlanChangedException::new);
        if (!contracts.update(tenant, original.id(), original.version(), valid)) {
            throw new PlanChangedException();
        }
        Contract after = contracts.find(original.id()).orElseThrow();
        audit.record(tenant, actor, "framework_contract", after.id(), AuditAction.CHANGED, values(before), values(after));
        return after;
    }

    /** Removes a contract entered by mistake; refused once a school filed a request against it. */
    @PreAuthorize(PurchasingRoles.GROUP_ICT_STAFF)
    @Transactional
    public void remove(Contract original, String actor) {
        UUID tenant = CurrentTenant.id().orElseThrow(() -> new InvalidInputException("plan.error.no-group"));
        Contract before = contracts.find(original.id()).orElseThrow(PlanChangedException::new);
        if (contracts.hasRequests(original.id())) {
            throw new InvalidInputException("purchasing.error.contract-in-use", before.title());
        }
        if (!contracts.delete(original.id(), original.version())) {
            throw new PlanChangedException();
        }
        audit.record(tenant, actor, "framework_contract", before.id(), AuditAction.DELETED, values(before), null);
    }

    /** A member school joins a contract that has not ended. */
    @PreAuthorize(PurchasingRoles.BUYERS)
    @Transactional
    public Contract join(UUID contractId, UUID schoolId, String actor) {
        School school = ownOrAnySchool(schoolId);
        Contract contract = contracts.find(contractId).orElseThrow(() -> new InvalidInputException("purchasing.error.contract-unknown"));
        if (contract.endedBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("purchasing.error.contract-ended", contract.title());
        }
        if (!contracts.join(school.tenantId(), contractId, schoolId, actor)) {
            throw new InvalidInputException("purchasing.error.already-joined", school.name(), contract.title());
        }
        audit.recordForSchool(school.tenantId(), schoolId, actor, "contract_school", contractId, AuditAction.LINKED, null,
                Map.of("contract", contract.title(), "school", school.name()));
        return asSeen(contracts.find(contractId).orElseThrow());
    }

    /** A member school leaves a contract; its requests against it stay as they are. */
    @PreAuthorize(PurchasingRoles.BUYERS)
    @Transactional
    public Contract leave(UUID contractId, UUID schoolId, String actor) {
        School school = ownOrAnySchool(schoolId);
        Contract contract = contracts.find(contractId).orElseThrow(() -> new InvalidInputException("purchasing.error.contract-unknown"));
        if (!contracts.leave(contractId, schoolId)) {
            throw new InvalidInputException("purchasing.error.not-joined", school.name(), contract.title());
        }
        audit.recordForSchool(school.tenantId(), schoolId, actor, "contract_school", contractId, AuditAction.DELETED,
                Map.of("contract", contract.title(), "school", school.name()), null);
        return asSeen(contracts.find(contractId).orElseThrow());
    }

    /** A school of the own group; a director's own school only. */
    private School ownOrAnySchool(UUID schoolId) {
        Optional<UUID> own = CurrentTenant.ownSchoolId();
        if (own.isPresent() && !own.get().equals(schoolId)) {
            throw new AccessDeniedException("A director acts only for their own school");
        }
        return schools.find(schoolId).orElseThrow(() -> new InvalidInputException("purchasing.error.school"));
    }

    private static Contract asSeen(Contract contract) {
        return CurrentTenant.ownSchoolId()
                .map(own -> new Contract(contract.id(), contract.title(), contract.supplierId(), contract.supplierName(),
                        contract.category(), contract.procurement(), contract.startDate(), contract.endDate(), contract.note(),
                        contract.documents(), contract.joinedBy(own) ? java.util.Set.of(own) : java.util.Set.of(), contract.version()))
                .orElse(contract);
    }

    private ContractInput validated(ContractInput input) {
        String title = input.title() == null ? "" : input.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            throw new InvalidInputException("purchasing.error.contract-title");
        }
        if (input.supplierId() == null || suppliers.find(input.supplierId()).isEmpty()) {
            throw new InvalidInputException("purchasing.error.supplier-unknown");
        }
        if (input.category() == null) {
            throw new InvalidInputException("purchasing.error.category");
        }
        if (input.procurement() == null) {
            throw new InvalidInputException("purchasing.error.procurement");
        }
        if (input.startDate() == null || input.endDate() == null) {
            throw new InvalidInputException("purchasing.error.dates");
        }
        if (input.endDate().isBefore(input.startDate())) {
            throw new InvalidInputException("purchasing.error.end-before-start");
        }
        String note = input.note() == null ? "" : input.note().strip();
        if (note.length() > SupplierService.MAX_NOTE) {
            throw new InvalidInputException("purchasing.error.note", SupplierService.MAX_NOTE);
        }
        if (input.documents().size() > MAX_DOCUMENTS) {
            throw new InvalidInputException("purchasing.error.documents", MAX_DOCUMENTS);
        }
        List<ContractDocument> documents = new ArrayList<>();
        for (ContractDocument document : input.documents()) {
            String url = document.url() == null ? "" : document.url().strip();
            if (!isWebAddress(url)) {
                throw new InvalidInputException("purchasing.error.document-url", url);
            }
            String label = document.label() == null ? "" : document.label().strip();
            if (label.isEmpty() || label.length() > 200) {
                throw new InvalidInputException("purchasing.error.document-label", url);
            }
            documents.add(new ContractDocument(url, label));
        }
        return new ContractInput(title, input.supplierId(), input.category(), input.procurement(), input.startDate(),
                input.endDate(), note, documents);
    }

    /** An absolute http or https address with a host, and nothing a browser would not open as such. */
    static boolean isWebAddress(String url) {
        if (url.isEmpty() || url.length() > 2000 || url.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }

    private static Map<String, Object> values(Contract contract) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", contract.title());
        values.put("supplier", contract.supplierName());
        values.put("category", contract.category().name());
        values.put("procurement", contract.procurement().name());
        values.put("start", contract.startDate().toString());
        values.put("end", contract.endDate().toString());
        values.put("note", contract.note());
        values.put("documents", contract.documents().stream().map(d -> Map.of("url", d.url(), "label", d.label())).toList());
        values.put("schools", new TreeSet<>(contract.schoolIds()));
        return values;
    }
}
