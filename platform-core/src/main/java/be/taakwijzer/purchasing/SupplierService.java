package be.taakwijzer.purchasing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.allocation.PlanChangedException;
import be.taakwijzer.audit.AuditAction;
import be.taakwijzer.audit.AuditTrail;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.tenancy.CurrentTenant;

/** The suppliers the group works with; group ICT staff keep the list. */
@Service
public class SupplierService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MAX_NOTE = 2000;
    private final SupplierRepository suppliers;
    private final AuditTrail audit;

    SupplierService(SupplierRepository suppliers, AuditTrail audit) {
        this.suppliers = suppliers;
        this.audit = audit;
    }

    @PreAuthorize(PurchasingRoles.GROUP_ICT_STAFF)
    @Transactional(readOnly = true)
    public List<Supplier> suppliers() {
        return suppliers.findAll();
    }

    @PreAuthorize(PurchasingRoles.GROUP_ICT_STAFF)
    @Transactional
    public Supplier add(SupplierInput input, String actor) {
        UUID tenant = CurrentTenant.id().orElseThrow(() -> new InvalidInputException("plan.error.no-group"));
        SupplierInput valid = validated(input, null);
        UUID id;
        try {
            id = suppliers.insert(tenant, valid);
        } catch (DuplicateKeyException raced) {
            throw new InvalidInputException("purchasing.error.supplier-duplicate");
        }
        Supplier created = suppliers.find(id).orElseThrow();
        audit.record(tenant, actor, "supplier", id, AuditAction.CREATED, null, values(created));
        return created;
    }

    /** Changes a supplier read at {@code original}'s version. */
    @PreAuthorize(PurchasingRoles.GROUP_ICT_STAFF)
    @Transactional
    public Supplier change(Supplier original, SupplierInput input, String actor) {
        UUID tenant = CurrentTenant.id().orElseThrow(() -> new InvalidInputException("plan.error.no-group"));
        SupplierInput valid = validated(input, original.id());
        Supplier before = suppliers.find(original.id()).orElseThrow(PlanChangedException::new);
        boolean changed;
        try {
            changed = suppliers.update(original.id(), original.version(), valid);
        } catch (DuplicateKeyException raced) {
            throw new InvalidInputException("purchasing.error.supplier-duplicate");
        }
        if (!changed) {
            throw new PlanChangedException();
        }
        Supplier after = suppliers.find(original.id()).orElseThrow();
        audit.record(tenant, actor, "supplier", after.id(), AuditAction.CHANGED, values(before), values(after));
        return after;
    }

    /** Removes a supplier no contract or quote names. */
    @PreAuthorize(PurchasingRoles.GROUP_ICT_STAFF)
    @Transactional
    public void remove(Supplier original, String actor) {
        UUID tenant = CurrentTenant.id().orElseThrow(() -> new InvalidInputException("plan.error.no-group"));
        Supplier before = suppliers.find(original.id()).orElseThrow(PlanChangedException::new);
        if (suppliers.inUse(original.id())) {
            throw new InvalidInputException("purchasing.error.supplier-in-use", before.name());
        }
        if (!suppliers.delete(original.id(), original.version())) {
            throw new PlanChangedException();
        }
        audit.record(tenant, actor, "supplier", before.id(), AuditAction.DELETED, values(before), null);
    }

    private SupplierInput validated(SupplierInput input, UUID self) {
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInputException("purchasing.error.supplier-name");
        }
        String number = null;
        if (input.enterpriseNumber() != null && !input.enterpriseNumber().isBlank()) {
            number = EnterpriseNumber.parse(input.enterpriseNumber())
                    .orElseThrow(() -> new InvalidInputException("purchasing.error.enterprise-number"));
        }
        String email = input.contactEmail() == null || input.contactEmail().isBlank() ? null
                : input.contactEmail().strip().toLowerCase(Locale.ROOT);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("purchasing.error.email");
        }
        String note = input.note() == null ? "" : input.note().strip();
        if (note.length() > MAX_NOTE) {
            throw new InvalidInputException("purchasing.error.note", MAX_NOTE);
        }
        if (suppliers.nameTaken(name, self)) {
            throw new InvalidInputException("purchasing.error.supplier-duplicate");
        }
        return new SupplierInput(name, number, email, note);
    }

    private static Map<String, Object> values(Supplier supplier) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", supplier.name());
        values.put("enterpriseNumber", supplier.enterpriseNumber());
        values.put("email", supplier.contactEmail());
        values.put("note", supplier.note());
        return values;
    }
}
