package be.taakwijzer.purchasing;

import static be.taakwijzer.db.Tables.SUPPLIER;
import static be.taakwijzer.db.Tables.TENDER;
import static be.taakwijzer.db.Tables.TENDER_CRITERION;
import static be.taakwijzer.db.Tables.TENDER_QUOTE;
import static be.taakwijzer.db.Tables.TENDER_SCORE;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The group's tenders with their criteria, quotes and scores. */
@Repository
public class TenderRepository {

    private final DSLContext dsl;

    TenderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Tender> findAll() {
        return find(DSL.noCondition());
    }

    public Optional<Tender> find(UUID id) {
        return find(TENDER.ID.eq(id)).stream().findFirst();
    }

    private List<Tender> find(Condition condition) {
        Map<UUID, List<Criterion>> criteria = new HashMap<>();
        dsl.selectFrom(TENDER_CRITERION).orderBy(TENDER_CRITERION.TENDER_ID, TENDER_CRITERION.POSITION)
                .forEach(r -> criteria.computeIfAbsent(r.getTenderId(), k -> new ArrayList<>())
                        .add(new Criterion(r.getId(), r.getName(), r.getWeight())));
        Map<UUID, Map<UUID, BigDecimal>> scores = new HashMap<>();
        dsl.selectFrom(TENDER_SCORE).forEach(r -> scores.computeIfAbsent(r.getQuoteId(), k -> new HashMap<>())
                .put(r.getCriterionId(), r.getScore()));
        Map<UUID, List<Quote>> quotes = new HashMap<>();
        dsl.select(TENDER_QUOTE.fields()).select(SUPPLIER.NAME).from(TENDER_QUOTE).join(SUPPLIER)
                .on(SUPPLIER.TENANT_ID.eq(TENDER_QUOTE.TENANT_ID), SUPPLIER.ID.eq(TENDER_QUOTE.SUPPLIER_ID))
                .orderBy(DSL.lower(SUPPLIER.NAME), TENDER_QUOTE.ID)
                .forEach(r -> quotes.computeIfAbsent(r.get(TENDER_QUOTE.TENDER_ID), k -> new ArrayList<>())
                        .add(new Quote(r.get(TENDER_QUOTE.ID), r.get(TENDER_QUOTE.SUPPLIER_ID), r.get(SUPPLIER.NAME),
                                r.get(TENDER_QUOTE.AMOUNT), r.get(TENDER_QUOTE.NOTE),
                                scores.getOrDefault(r.get(TENDER_QUOTE.ID), Map.of()))));
        return dsl.selectFrom(TENDER).where(condition).orderBy(TENDER.CREATED_AT.desc(), TENDER.ID)
                .fetch(r -> new Tender(r.getId(), r.getSubject(), PurchaseCategory.valueOf(r.getCategory()),
                        TenderStatus.valueOf(r.getStatus()), criteria.getOrDefault(r.getId(), List.of()),
                        quotes.getOrDefault(r.getId(), List.of()), r.getWinningQuoteId(), r.getVersion()));
    }

    public UUID insert(UUID tenantId, TenderInput input) {
        UUID id = dsl.insertInto(TENDER).set(TENDER.TENANT_ID, tenantId).set(TENDER.SUBJECT, input.subject())
                .set(TENDER.CATEGORY, input.category().name()).returning(TENDER.ID).fetchOne(TENDER.ID);
        saveCriteria(tenantId, id, input.criteria());
        return id;
    }

    /**
     * Claims the tender at {@code version} for a change (the version goes up by one); false when
     * someone changed it since, or it is no longer open.
     */
    public boolean claimOpen(UUID id, int version) {
        return dsl.update(TENDER).set(TENDER.VERSION, TENDER.VERSION.plus(1))
                .where(TENDER.ID.eq(id), TENDER.VERSION.eq(version), TENDER.STATUS.eq(TenderStatus.OPEN.name())).execute() == 1;
    }

    /** Subject, category and criteria; criteria keep their id (and scores) when their name stays. */
    public void update(UUID tenantId, UUID id, TenderInput input) {
        dsl.update(TENDER).set(TENDER.SUBJECT, input.subject()).set(TENDER.CATEGORY, input.category().name())
                .where(TENDER.ID.eq(id)).execute();
        saveCriteria(tenantId, id, input.criteria());
    }

    private void saveCriteria(UUID tenantId, UUID tenderId, List<CriterionInput> criteria) {
        Map<String, UUID> existing = new HashMap<>();
        dsl.selectFrom(TENDER_CRITERION).where(TENDER_CRITERION.TENDER_ID.eq(tenderId))
                .forEach(r -> existing.put(key(r.getName()), r.getId()));
        List<UUID> kept = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionInput criterion = criteria.get(i);
            UUID id = existing.get(key(criterion.name()));
            if (id == null) {
                dsl.insertInto(TENDER_CRITERION).set(TENDER_CRITERION.TENANT_ID, tenantId).set(TENDER_CRITERION.TENDER_ID, tenderId)
                        .set(TENDER_CRITERION.POSITION, i).set(TENDER_CRITERION.NAME, criterion.name())
                        .set(TENDER_CRITERION.WEIGHT, criterion.weight()).execute();
            } else {
                kept.add(id);
                dsl.update(TENDER_CRITERION).set(TENDER_CRITERION.POSITION, i).set(TENDER_CRITERION.NAME, criterion.name())
                        .set(TENDER_CRITERION.WEIGHT, criterion.weight()).where(TENDER_CRITERION.ID.eq(id)).execute();
            }
        }
        dsl.deleteFrom(TENDER_CRITERION).where(TENDER_CRITERION.TENDER_ID.eq(tenderId),
                TENDER_CRITERION.NAME.lower().notIn(criteria.stream().map(c -> key(c.name())).toList())).execute();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public boolean supplierHasQuote(UUID tenderId, UUID supplierId, UUID exceptQuote) {
        return dsl.fetchExists(TENDER_QUOTE, TENDER_QUOTE.TENDER_ID.eq(tenderId), TENDER_QUOTE.SUPPLIER_ID.eq(supplierId),
                exceptQuote == null ? DSL.noCondition() : TENDER_QUOTE.ID.ne(exceptQuote));
    }

    /** Adds ({@code quoteId} null) or replaces a quote with its scores; gives its id. */
    public UUID saveQuote(UUID tenantId, UUID tenderId, UUID quoteId, QuoteInput input) {
        UUID id = quoteId;
        if (id == null) {
            id = dsl.insertInto(TENDER_QUOTE).set(TENDER_QUOTE.TENANT_ID, tenantId).set(TENDER_QUOTE.TENDER_ID, tenderId)
                    .set(TENDER_QUOTE.SUPPLIER_ID, input.supplierId()).set(TENDER_QUOTE.AMOUNT, input.amount())
                    .set(TENDER_QUOTE.NOTE, input.note()).returning(TENDER_QUOTE.ID).fetchOne(TENDER_QUOTE.ID);
        } else {
            dsl.update(TENDER_QUOTE).set(TENDER_QUOTE.SUPPLIER_ID, input.supplierId()).set(TENDER_QUOTE.AMOUNT, input.amount())
                    .set(TENDER_QUOTE.NOTE, input.note()).where(TENDER_QUOTE.ID.eq(id), TENDER_QUOTE.TENDER_ID.eq(tenderId)).execute();
            dsl.deleteFrom(TENDER_SCORE).where(TENDER_SCORE.QUOTE_ID.eq(id)).execute();
        }
        for (Map.Entry<UUID, BigDecimal> score : input.scores().entrySet()) {
            dsl.insertInto(TENDER_SCORE).set(TENDER_SCORE.TENANT_ID, tenantId).set(TENDER_SCORE.QUOTE_ID, id)
                    .set(TENDER_SCORE.CRITERION_ID, score.getKey()).set(TENDER_SCORE.SCORE, score.getValue()).execute();
        }
        return id;
    }

    public void deleteQuote(UUID quoteId) {
        dsl.deleteFrom(TENDER_QUOTE).where(TENDER_QUOTE.ID.eq(quoteId)).execute();
    }

    public void decide(UUID tenderId, UUID quoteId, String actor, OffsetDateTime when) {
        dsl.update(TENDER).set(TENDER.STATUS, TenderStatus.DECIDED.name()).set(TENDER.WINNING_QUOTE_ID, quoteId)
                .set(TENDER.DECIDED_AT, when).set(TENDER.DECIDED_BY, actor).where(TENDER.ID.eq(tenderId)).execute();
    }

    public boolean delete(UUID id, int version) {
        // the winner points at a quote of the tender: let go of it first
        int updated = dsl.update(TENDER).set(TENDER.WINNING_QUOTE_ID, (UUID) null).set(TENDER.STATUS, TenderStatus.OPEN.name())
                .where(TENDER.ID.eq(id), TENDER.VERSION.eq(version)).execute();
        return updated == 1 && dsl.deleteFrom(TENDER).where(TENDER.ID.eq(id)).execute() == 1;
    }
}
