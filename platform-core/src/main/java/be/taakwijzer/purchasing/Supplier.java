package be.taakwijzer.purchasing;

import java.util.UUID;

/** A supplier of the group; the enterprise number is kept as ten digits. */
public record Supplier(UUID id, String name, String enterpriseNumber, String contactEmail, String note, int version) {

    /** The enterprise number as people write it (0123.456.789), or empty text. */
    public String enterpriseNumberFormatted() {
        return enterpriseNumber == null ? "" : EnterpriseNumber.format(enterpriseNumber);
    }
}
