package be.taakwijzer.purchasing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What a member school asks to buy, against a contract ({@code contractId}) or without one, and what the group decided. */
public record PurchaseRequest(UUID id, UUID schoolId, UUID contractId, PurchaseCategory category, String description,
                              int quantity, BigDecimal estimatedCost, RequestStatus status, String refusalReason,
                              OffsetDateTime requestedAt, String requestedBy, OffsetDateTime decidedAt, String decidedBy,
                              int version) {
}
