package be.taakwijzer.purchasing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A tender or quote comparison of the group, with its criteria, the quotes and, once decided, the winner. */
public record Tender(UUID id, String subject, PurchaseCategory category, TenderStatus status, List<Criterion> criteria,
                     List<Quote> quotes, UUID winningQuoteId, int version) {

    public Tender {
        criteria = List.copyOf(criteria);
        quotes = List.copyOf(quotes);
    }

    /** The quotes ranked by their weighted result. */
    public List<RankedQuote> ranking() {
        return WeightedScore.rank(criteria, quotes);
    }

    public Optional<Quote> quote(UUID quoteId) {
        return quotes.stream().filter(q -> q.id().equals(quoteId)).findFirst();
    }

    public int totalWeight() {
        return criteria.stream().mapToInt(Criterion::weight).sum();
    }
}
