package be.taakwijzer.privacy;

import java.time.LocalDate;

/**
 * How a processor agreement stands today: computed from its status and end date, so that an agreement
 * expires on its own without anyone or any job having to flip it.
 */
public enum AgreementState {
    DRAFT, SIGNED, EXPIRING, EXPIRED;

    /** An agreement that ends within this many days (today included) warns. */
    public static final int WARNING_DAYS = 60;

    public static AgreementState of(AgreementStatus status, LocalDate expiresOn, LocalDate today) {
        if (status == AgreementStatus.DRAFT) {
            return DRAFT;
        }
        if (expiresOn == null) {
            return SIGNED;
        }
        if (expiresOn.isBefore(today)) {
            return EXPIRED;
        }
        return expiresOn.isAfter(today.plusDays(WARNING_DAYS)) ? SIGNED : EXPIRING;
    }

    /** Whether the DPO should act: expiring soon or expired. */
    public boolean warns() {
        return this == EXPIRING || this == EXPIRED;
    }
}
