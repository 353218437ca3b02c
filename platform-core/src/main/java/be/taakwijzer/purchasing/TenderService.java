package be.taakwijzer.purchasing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.allocation.PlanChangedException;
import be.taakwijzer.audit.AuditAction;
import be.taakwijzer.audit.AuditTrail;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.tenancy.CurrentTenant;

/**
 * Tenders and quote comparisons of the group, run by its ICT staff: the criteria and their weights,
 * the quotes with a score per criterion, and the decision for one quote. Every change names the
 * tender version it was made on; a decided tender no longer changes (it can still be removed).
 */
@Service
public class TenderService {

    static final int MAX_CRITERIA = 10;
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");
    private final TenderRepository tenders;
    private final SupplierRepository suppliers;
    private final AuditTrail audit;
    private final Clock clock;

    TenderService(TenderRepository tenders, SupplierRepository suppliers, AuditTrail audit, Clock clock) {
        this.tenders = tenders;
        this.suppliers = suppliers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The group's tenders, newest first. */
    @PreAuthorize(PurchasingRoles.GROUP_ICT_STAFF)
    @Transactional(readOnly = true)
    public List<Tender> tenders() {
        return tenders.findAll();
    }

    @PreAuthorize(PurchasingRoles.GROUP_ICT_STAFF)
    @Transactional
    public Tender add(TenderInput input, String actor) {
        UUID tenant = CurrentTenant.id().orElseThrow(() -> new InvalidInputException("plan.error.no-group"));
        TenderInput valid = validated(input);
        UUID id = tenders.insert(tenant, valid);
        Tender created = tenders.find(id).orElseThrow();
        audit.record(tenant, actor, "tender", id, AuditAction.CREATED, null, values(created));
        return created;
    }

    /** Changes subject, category and criteria of an open tender; scores stay with criteria whose name stays. */
    @PreAuthorize(PurchasingRoles.GROUP_ICT_STAFF)
    @Transactional
    public Tender change(Tender original, TenderInput input, String actor) {
        UUID tenant = CurrentTenant.id().orElseThrow(() -> new InvalidInputException("plan.error.no-group"));
        TenderInput valid = validated(input);
        Tender before = claim(original);
        tenders.update(tenant, original.id(), valid);
        Tender after = tenders.find(original.id()).orElseThrow();
        audit.record(tenant, actor, "tender", after.id(), AuditAction.CHANGED, values(before), values(after));
        return after;
    }

    /** Adds a quote ({@code quoteId} null) or changes one, with a score for every criterion. */
    @PreAuthorize(PurchasingRoles.GROUP_ICT_STAFF)
    @Transactional
    public Tender saveQuote(Tender original, UUID quoteId, QuoteInput input, String actor) {
        UUID tenant = CurrentTenant.id().orElseThrow(() -> new InvalidInputException("plan.error.no-group"));
        Tender current = tenders.find(original.id()).orElseThrow(PlanChangedException::new);
        if (quoteId != null && current.quote(quoteId).isEmpty()) {
            throw new InvalidInputException("purchasing.error.quote-unknown");
        }
        QuoteInput valid = validated(input, current, quoteId);
        Tender before = claim(original);
        UUID id = tenders.saveQuote(tenant, original.id(), quoteId, valid);
        Tender after = tenders.find(original.id()).orElseThrow();
        audit.record(tenant, actor, "tender_quote", id, quoteId == null ? AuditAction.CREATED : AuditAction.CHANGED,
                quoteId == null ? null : values(before, before.quote(quoteId).orElseThrow()), values(after, after.quote(id).orElseThrow()));
        return after;
    }

    @PreAuthorize(PurchasingRoles.GROUP_ICT_STAFF)
    @Transactional
    public Tender removeQuote(Tender original, UUID quoteId, String actor) {
        UUID tenant = CurrentTenant.id().orElseThrow(() -> new InvalidInputException("plan.error.no-group"));
        Tender current = tenders.find(original.id()).orElseThrow(PlanChangedException::new);
        Quote quote = current.quote(quoteId).orElseThrow(() -> new InvalidInputException("purchasing.error.quote-unknown"));
        claim(original);
        tenders.deleteQuote(quoteId);
        audit.record(tenant, actor, "tender_quote", quoteId, AuditAction.DELETED, values(current, quote), null);
        return tenders.find(original.id()).orElseThrow();
    }

    /** Decides an open tender for one of its quotes, scored on every criterion. */
    @PreAuthorize(PurchasingRoles.GROUP_ICT_STAFF)
    @Transactional
    public Tender decide(Tender original, UUID quoteId, String actor) {
        UUID tenant = CurrentTenant.id().orElseThrow(() -> new InvalidInputException("plan.error.no-group"));
        Tender current = tenders.find(original.id()).orElseThrow(PlanChangedException::new);
        RankedQuote winner = current.ranking().stream().filter(r -> r.quote().id().equals(quoteId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("purchasing.error.quote-unknown"));
        if (!winner.complete()) {
            throw new InvalidInputException("purchasing.error.quote-incomplete", winner.quote().supplierName());
        }
        Tender before = claim(original);
        tenders.decide(original.id(), quoteId, actor, OffsetDateTime.now(clock));
        Tender after = tenders.find(original.id()).orElseThrow();
        Map<String, Object> decided = values(after);
        decided.put("winner", winner.quote().supplierName());
        decided.put("result", winner.result());
        decided.put("rank", winner.rank());
        audit.record(tenant, actor, "tender", after.id(), AuditAction.CHANGED, values(before), decided);
        return after;
    }

    /** Removes a tender with its quotes. */
    @PreAuthorize(PurchasingRoles.GROUP_ICT_STAFF)
    @Transactional
    public void remove(Tender original, String actor) {
        UUID tenant = CurrentTenant.id().orElseThrow(() -> new InvalidInputException("plan.error.no-group"));
        Tender before = tenders.find(original.id()).orElseThrow(PlanChangedException::new);
        if (!tenders.delete(original.id(), original.version())) {
            throw new PlanChangedException();
        }
        audit.record(tenant, actor, "tender", before.id(), AuditAction.DELETED, values(before), null);
    }

    /** The tender as it was at {@code original}'s version, now claimed; refused when changed since or decided. */
    private Tender claim(Tender original) {
        Tender current = tenders.find(original.id()).orElseThrow(PlanChangedException::new);
        if (current.version() != original.version()) {
            throw new PlanChangedException();
        }
        if (current.status() == TenderStatus.DECIDED) {
            throw new InvalidInputException("purchasing.error.tender-decided");
        }
        if (!tenders.claimOpen(original.id(), original.version())) {
            throw new PlanChangedException();
        }
        return current;
    }

    private TenderInput validated(TenderInput input) {
        String subject = input.subject() == null ? "" : input.subject().strip();
        if (subject.isEmpty() || subject.length() > 200) {
            throw new InvalidInputException("purchasing.error.tender-subject");
        }
        if (input.category() == null) {
            throw new InvalidInputException("purchasing.error.category");
        }
        if (input.criteria().isEmpty()) {
            throw new InvalidInputException("purchasing.error.criteria-none");
        }
        if (input.criteria().size() > MAX_CRITERIA) {
            throw new InvalidInputException("purchasing.error.criteria-many", MAX_CRITERIA);
        }
        Set<String> names = new HashSet<>();
        List<CriterionInput> criteria = new ArrayList<>();
        for (CriterionInput criterion : input.criteria()) {
            String name = criterion.name() == null ? "" : criterion.name().strip();
            if (name.isEmpty() || name.length() > 100) {
                throw new InvalidInputException("purchasing.error.criterion-name");
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("purchasing.error.criterion-duplicate", name);
            }
            if (criterion.weight() == null || criterion.weight() <= 0 || criterion.weight() > 1000) {
                throw new InvalidInputException("purchasing.error.criterion-weight", name);
            }
            criteria.add(new CriterionInput(name, criterion.weight()));
        }
        return new TenderInput(subject, input.category(), criteria);
    }

    private QuoteInput validated(QuoteInput input, Tender tender, UUID quoteId) {
        if (input.supplierId() == null || suppliers.find(input.supplierId()).isEmpty()) {
            throw new InvalidInputException("purchasing.error.supplier-unknown");
        }
        if (tenders.supplierHasQuote(tender.id(), input.supplierId(), quoteId)) {
            throw new InvalidInputException("purchasing.error.quote-duplicate");
        }
        BigDecimal amount = input.amount();
        if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.stripTrailingZeros().scale() > 2)) {
            throw new InvalidInputException("purchasing.error.amount");
        }
        String note = input.note() == null ? "" : input.note().strip();
        if (note.length() > SupplierService.MAX_NOTE) {
            throw new InvalidInputException("purchasing.error.note", SupplierService.MAX_NOTE);
        }
        Map<UUID, BigDecimal> scores = new HashMap<>();
        for (Criterion criterion : tender.criteria()) {
            BigDecimal score = input.scores().get(criterion.id());
            if (score == null) {
                throw new InvalidInputException("purchasing.error.score-missing", criterion.name());
            }
            if (score.signum() < 0 || score.compareTo(TEN) > 0 || score.stripTrailingZeros().scale() > 1) {
                throw new InvalidInputException("purchasing.error.score", criterion.name());
            }
            scores.put(criterion.id(), score.setScale(1));
        }
        if (!tender.criteria().stream().map(Criterion::id).toList().containsAll(input.scores().keySet())) {
            throw new InvalidInputException("purchasing.error.criterion-unknown");
        }
        return new QuoteInput(input.supplierId(), amount == null ? null : amount.setScale(2), note, scores);
    }

    private static Map<String, Object> values(Tender tender) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("subject", tender.subject());
        values.put("category", tender.category().name());
        values.put("status", tender.status().name());
        values.put("criteria", tender.criteria().stream().map(c -> Map.of("name", c.name(), "weight", c.weight())).toList());
        return values;
    }

    private static Map<String, Object> values(Tender tender, Quote quote) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("tender", tender.subject());
        values.put("supplier", quote.supplierName());
        values.put("amount", quote.amount());
        values.put("note", quote.note());
        Map<String, Object> scores = new LinkedHashMap<>();
        tender.criteria().forEach(c -> scores.put(c.name(), quote.scores().get(c.id())));
        values.put("scores", scores);
        values.put("result", WeightedScore.of(tender.criteria(), quote));
        return values;
    }
}
