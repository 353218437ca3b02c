package be.taakwijzer.purchasing;

import java.math.BigDecimal;

/**
 * A quote with its weighted result (0 to 10, two decimals) and its rank (1 is best; equal results share
 * a rank). {@code complete} is false when a criterion has no score: it then counts as 0.
 */
public record RankedQuote(Quote quote, BigDecimal result, int rank, boolean complete) {
}
