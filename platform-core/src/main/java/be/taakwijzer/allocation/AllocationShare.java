package be.taakwijzer.allocation;

import java.math.BigDecimal;
import java.util.UUID;

/** One person's part of a task: hours per year and where they are paid from. */
public record AllocationShare(UUID personId, BigDecimal hours, String fundingCode) {
}
