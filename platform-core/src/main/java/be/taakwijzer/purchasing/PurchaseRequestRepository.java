package be.taakwijzer.purchasing;

import static be.taakwijzer.db.Tables.PURCHASE_REQUEST;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import be.taakwijzer.db.tables.records.PurchaseRequestRecord;

/** The member schools' purchase requests, newest first. */
@Repository
public class PurchaseRequestRepository {

    private final DSLContext dsl;

    PurchaseRequestRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<PurchaseRequest> findAll() {
        return find(DSL.noCondition());
    }

    public List<PurchaseRequest> findBySchool(UUID schoolId) {
        return find(PURCHASE_REQUEST.SCHOOL_ID.eq(schoolId));
    }

    public Optional<PurchaseRequest> find(UUID id) {
        return find(PURCHASE_REQUEST.ID.eq(id)).stream().findFirst();
    }

    private List<PurchaseRequest> find(Condition condition) {
        return dsl.selectFrom(PURCHASE_REQUEST).where(condition).orderBy(PURCHASE_REQUEST.REQUESTED_AT.desc(), PURCHASE_REQUEST.ID)
                .fetch(PurchaseRequestRepository::toRequest);
    }

    public UUID insert(UUID tenantId, UUID schoolId, PurchaseRequestInput input, String actor) {
        return dsl.insertInto(PURCHASE_REQUEST)
                .set(PURCHASE_REQUEST.TENANT_ID, tenantId)
                .set(PURCHASE_REQUEST.SCHOOL_ID, schoolId)
                .set(PURCHASE_REQUEST.CONTRACT_ID, input.contractId())
                .set(PURCHASE_REQUEST.CATEGORY, input.category().name())
                .set(PURCHASE_REQUEST.DESCRIPTION, input.description())
                .set(PURCHASE_REQUEST.QUANTITY, input.quantity())
                .set(PURCHASE_REQUEST.ESTIMATED_COST, input.estimatedCost())
                .set(PURCHASE_REQUEST.REQUESTED_BY, actor)
                .returning(PURCHASE_REQUEST.ID).fetchOne(PURCHASE_REQUEST.ID);
    }

    /** Decides a request still waiting at {@code version}; false when someone changed or decided it since. */
    public boolean decide(UUID id, int version, RequestStatus status, String reason, String actor, OffsetDateTime when) {
        return dsl.update(PURCHASE_REQUEST)
                .set(PURCHASE_REQUEST.STATUS, status.name())
                .set(PURCHASE_REQUEST.REFUSAL_REASON, reason)
                .set(PURCHASE_REQUEST.DECIDED_AT, when)
                .set(PURCHASE_REQUEST.DECIDED_BY, actor)
                .set(PURCHASE_REQUEST.VERSION, PURCHASE_REQUEST.VERSION.plus(1))
                .where(PURCHASE_REQUEST.ID.eq(id), PURCHASE_REQUEST.VERSION.eq(version),
                        PURCHASE_REQUEST.STATUS.eq(RequestStatus.REQUESTED.name()))
                .execute() == 1;
    }

    private static PurchaseRequest toRequest(PurchaseRequestRecord r) {
        return new PurchaseRequest(r.getId(), r.getSchoolId(), r.getContractId(), PurchaseCategory.valueOf(r.getCategory()),
                r.getDescription(), r.getQuantity(), r.getEstimatedCost(), RequestStatus.valueOf(r.getStatus()),
                r.getRefusalReason(), r.getRequestedAt(), r.getRequestedBy(), r.getDecidedAt(), r.getDecidedBy(), r.getVersion());
    }
}
