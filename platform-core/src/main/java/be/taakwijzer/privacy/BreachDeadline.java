package be.taakwijzer.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The 72-hour clock of GDPR art. 33: a breach that must be reported is reported to the supervisory
 * authority within 72 hours of its discovery. A pure function of the breach's times and a clock.
 *
 * @param state   where the breach stands
 * @param due     discovery + 72 hours
 * @param hours   for {@link State#RUNNING} the whole hours left (rounded down), for {@link State#OVERDUE}
 *                the whole hours past the deadline; 0 otherwise
 */
public record BreachDeadline(State state, Instant due, long hours) {

    public static final Duration LIMIT = Duration.ofHours(72);

    public enum State {
        /** to be reported, still in time */
        RUNNING,
        /** to be reported and 72 hours have passed: "te laat gemeld" */
        OVERDUE,
        REPORTED_IN_TIME,
        REPORTED_LATE,
        /** no report needed (unlikely to harm anyone) */
        NOT_REQUIRED;

        /** Whether the DPO must act now. */
        public boolean alarming() {
            return this == RUNNING || this == OVERDUE;
        }
    }

    public static BreachDeadline of(OffsetDateTime discoveredAt, OffsetDateTime reportedAt, boolean reportRequired, Clock clock) {
        Instant due = discoveredAt.toInstant().plus(LIMIT);
        if (reportedAt != null) {
            return new BreachDeadline(reportedAt.toInstant().isAfter(due) ? State.REPORTED_LATE : State.REPORTED_IN_TIME, due, 0);
        }
        if (!reportRequired) {
            return new BreachDeadline(State.NOT_REQUIRED, due, 0);
        }
        Instant now = clock.instant();
        if (now.isBefore(due)) {
            return new BreachDeadline(State.RUNNING, due, Duration.between(now, due).toHours());
        }
        return new BreachDeadline(State.OVERDUE, due, Duration.between(due, now).toHours());
    }

    public static BreachDeadline of(DataBreach breach, Clock clock) {
        return of(breach.discoveredAt(), breach.reportedAt(), breach.reportRequired(), clock);
    }
}
