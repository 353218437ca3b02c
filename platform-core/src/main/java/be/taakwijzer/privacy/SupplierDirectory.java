package be.taakwijzer.privacy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import be.taakwijzer.purchasing.Supplier;
import be.taakwijzer.purchasing.SupplierRepository;

/**
 * The purchasing workspace's suppliers as the DPO needs them: names to link an agreement to. Reads
 * through purchasing's repository under the caller's transaction, so row-level security keeps it to
 * the own group; the DPO sees names only, not contracts or prices.
 */
@Component
public class SupplierDirectory {

    /** A supplier's id and name. */
    public record SupplierName(UUID id, String name) {
    }

    private final SupplierRepository suppliers;

    SupplierDirectory(SupplierRepository suppliers) {
        this.suppliers = suppliers;
    }

    List<SupplierName> all() {
        return suppliers.findAll().stream().map(SupplierDirectory::named).toList();
    }

    Optional<String> name(UUID id) {
        return suppliers.find(id).map(Supplier::name);
    }

    private static SupplierName named(Supplier supplier) {
        return new SupplierName(supplier.id(), supplier.name());
    }
}
