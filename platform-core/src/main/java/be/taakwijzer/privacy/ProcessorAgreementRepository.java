package be.taakwijzer.privacy;

import static be.taakwijzer.db.Tables.PROCESSOR_AGREEMENT;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

import be.taakwijzer.db.tables.records.ProcessorAgreementRecord;

/** The group's processor agreements; their state is computed for the day the caller names. */
@Repository
public class ProcessorAgreementRepository {

    private final DSLContext dsl;

    ProcessorAgreementRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The first to end first; those without an end date last. */
    public List<ProcessorAgreement> findAll(LocalDate today) {
        return dsl.selectFrom(PROCESSOR_AGREEMENT)
                .orderBy(PROCESSOR_AGREEMENT.EXPIRES_ON.asc().nullsLast(), PROCESSOR_AGREEMENT.PROCESSOR_NAME, PROCESSOR_AGREEMENT.ID)
                .fetch(r -> toAgreement(r, today));
    }

    public Optional<ProcessorAgreement> find(UUID id, LocalDate today) {
        return dsl.selectFrom(PROCESSOR_AGREEMENT).where(PROCESSOR_AGREEMENT.ID.eq(id)).fetchOptional(r -> toAgreement(r, today));
    }

    public UUID insert(UUID tenantId, ProcessorAgreementInput input) {
        return dsl.insertInto(PROCESSOR_AGREEMENT)
                .set(PROCESSOR_AGREEMENT.TENANT_ID, tenantId)
                .set(values(input))
                .returning(PROCESSOR_AGREEMENT.ID).fetchOne(PROCESSOR_AGREEMENT.ID);
    }

    /** Changes the agreement if nobody changed it since {@code version} was read; false otherwise. */
    public boolean update(UUID id, int version, ProcessorAgreementInput input) {
        return dsl.update(PROCESSOR_AGREEMENT).set(values(input))
                .set(PROCESSOR_AGREEMENT.VERSION, PROCESSOR_AGREEMENT.VERSION.plus(1))
                .where(PROCESSOR_AGREEMENT.ID.eq(id)).and(PROCESSOR_AGREEMENT.VERSION.eq(version)).execute() == 1;
    }

    public boolean delete(UUID id, int version) {
        return dsl.deleteFrom(PROCESSOR_AGREEMENT).where(PROCESSOR_AGREEMENT.ID.eq(id))
                .and(PROCESSOR_AGREEMENT.VERSION.eq(version)).execute() == 1;
    }

    private static Map<Field<?>, Object> values(ProcessorAgreementInput input) {
        Map<Field<?>, Object> values = new HashMap<>();
        values.put(PROCESSOR_AGREEMENT.PROCESSOR_NAME, input.processorName());
        values.put(PROCESSOR_AGREEMENT.SUPPLIER_NAME, input.supplierName());
        values.put(PROCESSOR_AGREEMENT.APPLICATION, input.application());
        values.put(PROCESSOR_AGREEMENT.STATUS, input.status().name());
        values.put(PROCESSOR_AGREEMENT.SIGNED_ON, input.signedOn());
        values.put(PROCESSOR_AGREEMENT.EXPIRES_ON, input.expiresOn());
        values.put(PROCESSOR_AGREEMENT.DOCUMENT_URL, input.documentUrl());
        values.put(PROCESSOR_AGREEMENT.NOTE, input.note());
        values.put(PROCESSOR_AGREEMENT.SUPPLIER_ID, input.supplierId());
        return values;
    }

    private static ProcessorAgreement toAgreement(ProcessorAgreementRecord r, LocalDate today) {
        AgreementStatus status = AgreementStatus.valueOf(r.getStatus());
        return new ProcessorAgreement(r.getId(), r.getProcessorName(), r.getSupplierName(), r.getApplication(), status,
                r.getSignedOn(), r.getExpiresOn(), r.getDocumentUrl(), r.getNote(), AgreementState.of(status, r.getExpiresOn(), today),
                r.getVersion(), r.getSupplierId());
    }
}
