package be.taakwijzer.web.dashboard.ui;

import be.taakwijzer.shared.PlainNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.BiFunction;

/** How the reporting pages write a figure: "< 5 scholen" when suppressed, hours without trailing zeros, shares as percentages. */
final class SuppressedText {

    private final BiFunction<String, Object[], String> translation;
    private final int minimumSchools;

    SuppressedText(BiFunction<String, Object[], String> translation, int minimumSchools) {
        this.translation = translation;
        this.minimumSchools = minimumSchools;
    }

    String suppressed() {
        return translation.apply("umbrella.suppressed", new Object[] {minimumSchools});
    }

    String count(Integer schools, boolean suppressed) {
        return suppressed ? suppressed() : String.valueOf(schools);
    }

    String hours(BigDecimal hours, boolean suppressed) {
        return suppressed ? suppressed() : PlainNumber.of(hours);
    }

    String percent(BigDecimal share, boolean suppressed) {
        return suppressed ? suppressed() : percent(share);
    }

    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
