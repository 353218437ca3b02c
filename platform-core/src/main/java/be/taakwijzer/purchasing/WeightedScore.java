package be.taakwijzer.purchasing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The quote comparison: a quote's result is the sum of weight × score over the criteria, divided by the
 * sum of the weights, so it stays on the 0–10 scale of the scores. A pure function.
 */
public final class WeightedScore {

    private WeightedScore() {
    }

    /** The weighted result of one quote, to two decimals (half up). A missing score counts as 0. */
    public static BigDecimal of(List<Criterion> criteria, Quote quote) {
        if (criteria.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal weighted = BigDecimal.ZERO;
        long weights = 0;
        for (Criterion criterion : criteria) {
            BigDecimal score = quote.scores().getOrDefault(criterion.id(), BigDecimal.ZERO);
            weighted = weighted.add(score.multiply(BigDecimal.valueOf(criterion.weight())));
            weights += criterion.weight();
        }
        return weighted.divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    }

    /** The quotes from best to worst; equal results share a rank (1, 1, 3) and are ordered by supplier name. */
    public static List<RankedQuote> rank(List<Criterion> criteria, List<Quote> quotes) {
        record Scored(Quote quote, BigDecimal result) {
        }
        List<Scored> scored = new ArrayList<>(quotes.stream().map(q -> new Scored(q, of(criteria, q))).toList());
        scored.sort(Comparator.comparing(Scored::result, Comparator.reverseOrder())
                .thenComparing(s -> s.quote().supplierName(), String.CASE_INSENSITIVE_ORDER));
        List<RankedQuote> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            int rank = i > 0 && s.result().compareTo(scored.get(i - 1).result()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            boolean complete = criteria.stream().allMatch(c -> s.quote().scores().containsKey(c.id()));
            ranked.add(new RankedQuote(s.quote(), s.result(), rank, complete));
        }
        return List.copyOf(ranked);
    }
}
