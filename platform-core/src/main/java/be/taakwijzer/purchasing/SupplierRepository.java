package be.taakwijzer.purchasing;

import static be.taakwijzer.db.Tables.FRAMEWORK_CONTRACT;
import static be.taakwijzer.db.Tables.SUPPLIER;
import static be.taakwijzer.db.Tables.TENDER_QUOTE;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import be.taakwijzer.db.tables.records.SupplierRecord;

/** The group's suppliers; row-level security limits every query to the current group. */
@Repository
public class SupplierRepository {

    private final DSLContext dsl;

    SupplierRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Supplier> findAll() {
        return dsl.selectFrom(SUPPLIER).orderBy(DSL.lower(SUPPLIER.NAME), SUPPLIER.ID).fetch(SupplierRepository::toSupplier);
    }

    public Optional<Supplier> find(UUID id) {
        return dsl.selectFrom(SUPPLIER).where(SUPPLIER.ID.eq(id)).fetchOptional(SupplierRepository::toSupplier);
    }

    /** Whether another supplier of the group has this name (ignoring case and outer spaces). */
    public boolean nameTaken(String name, UUID except) {
        return dsl.fetchExists(SUPPLIER, DSL.lower(DSL.trim(SUPPLIER.NAME)).eq(name.strip().toLowerCase(java.util.Locale.ROOT)),
                except == null ? DSL.noCondition() : SUPPLIER.ID.ne(except));
    }

    /** Whether a contract or a quote names the supplier. */
    public boolean inUse(UUID id) {
        return dsl.fetchExists(FRAMEWORK_CONTRACT, FRAMEWORK_CONTRACT.SUPPLIER_ID.eq(id))
                || dsl.fetchExists(TENDER_QUOTE, TENDER_QUOTE.SUPPLIER_ID.eq(id));
    }

    public UUID insert(UUID tenantId, SupplierInput input) {
        return dsl.insertInto(SUPPLIER)
                .set(SUPPLIER.TENANT_ID, tenantId)
                .set(SUPPLIER.NAME, input.name())
                .set(SUPPLIER.ENTERPRISE_NUMBER, input.enterpriseNumber())
                .set(SUPPLIER.CONTACT_EMAIL, input.contactEmail())
                .set(SUPPLIER.NOTE, input.note())
                .returning(SUPPLIER.ID).fetchOne(SUPPLIER.ID);
    }

    /** Changes the supplier if nobody changed it since {@code version} was read; false otherwise. */
    public boolean update(UUID id, int version, SupplierInput input) {
        return dsl.update(SUPPLIER)
                .set(SUPPLIER.NAME, input.name())
                .set(SUPPLIER.ENTERPRISE_NUMBER, input.enterpriseNumber())
                .set(SUPPLIER.CONTACT_EMAIL, input.contactEmail())
                .set(SUPPLIER.NOTE, input.note())
                .set(SUPPLIER.VERSION, SUPPLIER.VERSION.plus(1))
                .where(SUPPLIER.ID.eq(id)).and(SUPPLIER.VERSION.eq(version)).execute() == 1;
    }

    public boolean delete(UUID id, int version) {
        return dsl.deleteFrom(SUPPLIER).where(SUPPLIER.ID.eq(id)).and(SUPPLIER.VERSION.eq(version)).execute() == 1;
    }

    private static Supplier toSupplier(SupplierRecord r) {
        return new Supplier(r.getId(), r.getName(), r.getEnterpriseNumber(), r.getContactEmail(), r.getNote(), r.getVersion());
    }
}
