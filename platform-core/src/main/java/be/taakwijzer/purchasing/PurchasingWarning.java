package be.taakwijzer.purchasing;

import java.util.UUID;

/**
 * Something the group or a school should look at: a contract that ends soon or ended
 * ({@code contractId}, {@code days} left or since), or a request outside the group's active contract
 * in its category ({@code requestId}, {@code schoolId}, and {@code contractId} of such a contract).
 */
public record PurchasingWarning(Kind kind, UUID contractId, UUID requestId, UUID schoolId, long days) {

    public enum Kind {
        CONTRACT_ENDING, CONTRACT_ENDED, OUTSIDE_CONTRACT
    }
}
