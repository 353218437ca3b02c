package be.taakwijzer.purchasing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** A supplier's quote in a tender: the amount offered (if known) and a score of 0 to 10 per criterion id. */
public record Quote(UUID id, UUID supplierId, String supplierName, BigDecimal amount, String note, Map<UUID, BigDecimal> scores) {

    public Quote {
        scores = Map.copyOf(scores);
    }
}
