package be.taakwijzer.purchasing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** A quote as a person enters it; {@code scores} by criterion id. */
public record QuoteInput(UUID supplierId, BigDecimal amount, String note, Map<UUID, BigDecimal> scores) {

    public QuoteInput {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
    }
}
