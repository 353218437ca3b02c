package be.taakwijzer.purchasing;

import static be.taakwijzer.db.Tables.CONTRACT_DOCUMENT;
import static be.taakwijzer.db.Tables.CONTRACT_SCHOOL;
import static be.taakwijzer.db.Tables.FRAMEWORK_CONTRACT;
import static be.taakwijzer.db.Tables.PURCHASE_REQUEST;
import static be.taakwijzer.db.Tables.SUPPLIER;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The group's framework contracts with their documents and joined schools. */
@Repository
public class ContractRepository {

    private final DSLContext dsl;

    ContractRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Contract> findAll() {
        return find(DSL.noCondition());
    }

    public Optional<Contract> find(UUID id) {
        return find(FRAMEWORK_CONTRACT.ID.eq(id)).stream().findFirst();
    }

    private List<Contract> find(Condition condition) {
        Map<UUID, List<ContractDocument>> documents = new HashMap<>();
        dsl.selectFrom(CONTRACT_DOCUMENT).orderBy(CONTRACT_DOCUMENT.CONTRACT_ID, CONTRACT_DOCUMENT.POSITION)
                .forEach(r -> documents.computeIfAbsent(r.getContractId(), k -> new java.util.ArrayList<>())
                        .add(new ContractDocument(r.getUrl(), r.getLabel())));
        Map<UUID, Set<UUID>> schools = new HashMap<>();
        dsl.selectFrom(CONTRACT_SCHOOL).forEach(r -> schools.computeIfAbsent(r.getContractId(), k -> new HashSet<>()).add(r.getSchoolId()));
        return dsl.select(FRAMEWORK_CONTRACT.fields()).select(SUPPLIER.NAME).from(FRAMEWORK_CONTRACT).join(SUPPLIER)
                .on(SUPPLIER.TENANT_ID.eq(FRAMEWORK_CONTRACT.TENANT_ID), SUPPLIER.ID.eq(FRAMEWORK_CONTRACT.SUPPLIER_ID))
                .where(condition)
                .orderBy(FRAMEWORK_CONTRACT.END_DATE, DSL.lower(FRAMEWORK_CONTRACT.TITLE), FRAMEWORK_CONTRACT.ID)
                .fetch(r -> toContract(r, documents.getOrDefault(r.get(FRAMEWORK_CONTRACT.ID), List.of()),
                        schools.getOrDefault(r.get(FRAMEWORK_CONTRACT.ID), Set.of())));
    }

    public UUID insert(UUID tenantId, ContractInput input) {
        UUID id = dsl.insertInto(FRAMEWORK_CONTRACT).set(FRAMEWORK_CONTRACT.TENANT_ID, tenantId).set(values(input))
                .returning(FRAMEWORK_CONTRACT.ID).fetchOne(FRAMEWORK_CONTRACT.ID);
        insertDocuments(tenantId, id, input.documents());
        return id;
    }

    /** Changes the contract if nobody changed it since {@code version} was read; false otherwise. */
    public boolean update(UUID tenantId, UUID id, int version, ContractInput input) {
        int updated = dsl.update(FRAMEWORK_CONTRACT).set(values(input)).set(FRAMEWORK_CONTRACT.VERSION, FRAMEWORK_CONTRACT.VERSION.plus(1))
                .where(FRAMEWORK_CONTRACT.ID.eq(id)).and(FRAMEWORK_CONTRACT.VERSION.eq(version)).execute();
        if (updated == 0) {
            return false;
        }
        dsl.deleteFrom(CONTRACT_DOCUMENT).where(CONTRACT_DOCUMENT.CONTRACT_ID.eq(id)).execute();
        insertDocuments(tenantId, id, input.documents());
        return true;
    }

    public boolean delete(UUID id, int version) {
        return dsl.deleteFrom(FRAMEWORK_CONTRACT).where(FRAMEWORK_CONTRACT.ID.eq(id)).and(FRAMEWORK_CONTRACT.VERSION.eq(version))
                .execute() == 1;
    }

    public boolean hasRequests(UUID id) {
        return dsl.fetchExists(PURCHASE_REQUEST, PURCHASE_REQUEST.CONTRACT_ID.eq(id));
    }

    /** Adds the school to the contract; false when it had joined already. */
    public boolean join(UUID tenantId, UUID contractId, UUID schoolId, String actor) {
        return dsl.insertInto(CONTRACT_SCHOOL).set(CONTRACT_SCHOOL.TENANT_ID, tenantId).set(CONTRACT_SCHOOL.CONTRACT_ID, contractId)
                .set(CONTRACT_SCHOOL.SCHOOL_ID, schoolId).set(CONTRACT_SCHOOL.JOINED_BY, actor)
                .onConflictDoNothing().execute() == 1;
    }

    /** Takes the school off the contract; false when it had not joined. */
    public boolean leave(UUID contractId, UUID schoolId) {
        return dsl.deleteFrom(CONTRACT_SCHOOL).where(CONTRACT_SCHOOL.CONTRACT_ID.eq(contractId), CONTRACT_SCHOOL.SCHOOL_ID.eq(schoolId))
                .execute() == 1;
    }

    private void insertDocuments(UUID tenantId, UUID contractId, List<ContractDocument> documents) {
        for (int i = 0; i < documents.size(); i++) {
            dsl.insertInto(CONTRACT_DOCUMENT).set(CONTRACT_DOCUMENT.TENANT_ID, tenantId).set(CONTRACT_DOCUMENT.CONTRACT_ID, contractId)
                    .set(CONTRACT_DOCUMENT.POSITION, i).set(CONTRACT_DOCUMENT.URL, documents.get(i).url())
                    .set(CONTRACT_DOCUMENT.LABEL, documents.get(i).label()).execute();
        }
    }

    private static Map<Field<?>, Object> values(ContractInput input) {
        Map<Field<?>, Object> values = new HashMap<>();
        values.put(FRAMEWORK_CONTRACT.TITLE, input.title());
        values.put(FRAMEWORK_CONTRACT.SUPPLIER_ID, input.supplierId());
        values.put(FRAMEWORK_CONTRACT.CATEGORY, input.category().name());
        values.put(FRAMEWORK_CONTRACT.PROCUREMENT, input.procurement().name());
        values.put(FRAMEWORK_CONTRACT.START_DATE, input.startDate());
        values.put(FRAMEWORK_CONTRACT.END_DATE, input.endDate());
        values.put(FRAMEWORK_CONTRACT.NOTE, input.note());
        return values;
    }

    private static Contract toContract(Record r, List<ContractDocument> documents, Set<UUID> schoolIds) {
        return new Contract(r.get(FRAMEWORK_CONTRACT.ID), r.get(FRAMEWORK_CONTRACT.TITLE), r.get(FRAMEWORK_CONTRACT.SUPPLIER_ID),
                r.get(SUPPLIER.NAME), PurchaseCategory.valueOf(r.get(FRAMEWORK_CONTRACT.CATEGORY)),
                Procurement.valueOf(r.get(FRAMEWORK_CONTRACT.PROCUREMENT)), r.get(FRAMEWORK_CONTRACT.START_DATE),
                r.get(FRAMEWORK_CONTRACT.END_DATE), r.get(FRAMEWORK_CONTRACT.NOTE), documents, schoolIds,
                r.get(FRAMEWORK_CONTRACT.VERSION));
    }
}
