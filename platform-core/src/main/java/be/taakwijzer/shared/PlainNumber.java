package be.taakwijzer.shared;

import java.math.BigDecimal;

/** Hours and other decimals as people write them: 12.0 as "12", 2.5 as "2.5", never "1.2E+1". */
public final class PlainNumber {

    private PlainNumber() {
    }

    public static String of(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
