package be.taakwijzer.sso;

/**
 * Where a school stands in its LeerID onboarding. A school moves forward one step at a time; it may go
 * back to any earlier state, with a reason (e.g. LIVE to TEST when the connection broke).
 */
public enum LeerIdState {
    NOT_STARTED, REQUESTED, TEST, LIVE;

    /** The state after this one, or this one when it is the last. */
    public LeerIdState next() {
        return this == LIVE ? LIVE : values()[ordinal() + 1];
    }

    public boolean isBefore(LeerIdState other) {
        return ordinal() < other.ordinal();
    }
}
