package be.taakwijzer.purchasing;

import java.math.BigDecimal;
import java.util.UUID;

/** A request as a school files it; with a contract its category is the contract's. */
public record PurchaseRequestInput(UUID contractId, PurchaseCategory category, String description, Integer quantity,
                                   BigDecimal estimatedCost) {
}
