package be.taakwijzer.allocation;

import java.math.BigDecimal;
import java.util.Optional;

/** The rule for a number of hours a person types: not negative, at most one decimal, not absurdly many. */
public final class Hours {

    /** More than a full-time year (about 1,600 hours) is a typing error, not a plan. */
    public static final BigDecimal MAX = new BigDecimal("2000");

    private Hours() {
    }

    /** The message key of what is wrong with the hours, if anything. */
    public static Optional<String> problem(BigDecimal hours) {
        if (hours == null) {
            return Optional.of("allocation.error.hours-missing");
        }
        if (hours.signum() < 0) {
            return Optional.of("allocation.error.hours-negative");
        }
        if (hours.compareTo(MAX) > 0) {
            return Optional.of("allocation.error.hours-too-many");
        }
        if (hours.stripTrailingZeros().scale() > 1) {
            return Optional.of("allocation.error.hours-precision");
        }
        return Optional.empty();
    }
}
