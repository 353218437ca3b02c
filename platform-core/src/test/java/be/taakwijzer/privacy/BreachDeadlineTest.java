package be.taakwijzer.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import be.taakwijzer.privacy.BreachDeadline.State;

/** The 72-hour clock of art. 33, against a fixed clock. */
class BreachDeadlineTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final OffsetDateTime DISCOVERED = OffsetDateTime.parse("2026-03-02T09:15:00+01:00");

    private static Clock at(Duration sinceDiscovery) {
        return Clock.fixed(DISCOVERED.toInstant().plus(sinceDiscovery), BRUSSELS);
    }

    private static BreachDeadline notReported(Duration sinceDiscovery) {
        return BreachDeadline.of(DISCOVERED, null, true, at(sinceDiscovery));
    }

    @Test
    void theDeadlineIsSeventyTwoHoursAfterTheDiscovery() {
        assertThat(notReported(Duration.ZERO).due()).isEqualTo(Instant.parse("2026-03-05T08:15:00Z"));
    }

    @Test
    void whileTheClockRunsItGivesTheWholeHoursLeft() {
        assertThat(notReported(Duration.ZERO)).isEqualTo(new BreachDeadline(State.RUNNING, DISCOVERED.toInstant().plusSeconds(72 * 3600), 72));
        assertThat(notReported(Duration.ofHours(30)).hours()).isEqualTo(42);
        assertThat(notReported(Duration.ofHours(30).plusMinutes(1)).hours()).as("41 h 59 min left: rounded down").isEqualTo(41);
        assertThat(notReported(Duration.ofHours(71).plusMinutes(59))).satisfies(deadline -> {
            assertThat(deadline.state()).isEqualTo(State.RUNNING);
            assertThat(deadline.hours()).isZero();
        });
    }

    @Test
    void atSeventyTwoHoursWithoutAReportItIsOverdue() {
        assertThat(notReported(Duration.ofHours(72)).state()).isEqualTo(State.OVERDUE);
        assertThat(notReported(Duration.ofHours(72)).hours()).isZero();
        assertThat(notReported(Duration.ofHours(100).plusMinutes(30))).satisfies(deadline -> {
            assertThat(deadline.state()).isEqualTo(State.OVERDUE);
            assertThat(deadline.hours()).as("hours past the deadline").isEqualTo(28);
            assertThat(deadline.state().alarming()).isTrue();
        });
    }

    @Test
    void aReportStopsTheClockInTimeOrLate() {
        Clock muchLater = at(Duration.ofDays(30));
        assertThat(BreachDeadline.of(DISCOVERED, DISCOVERED.plusHours(71), true, muchLater).state()).isEqualTo(State.REPORTED_IN_TIME);
        assertThat(BreachDeadline.of(DISCOVERED, DISCOVERED.plusHours(72), true, muchLater).state())
                .as("exactly at the deadline is in time").isEqualTo(State.REPORTED_IN_TIME);
        assertThat(BreachDeadline.of(DISCOVERED, DISCOVERED.plusHours(72).plusMinutes(1), true, muchLater).state())
                .isEqualTo(State.REPORTED_LATE);
        assertThat(BreachDeadline.of(DISCOVERED, DISCOVERED.plusHours(2), true, muchLater).state().alarming()).isFalse();
    }

    @Test
    void aBreachThatNeedsNoReportHasNoRunningClock() {
        BreachDeadline deadline = BreachDeadline.of(DISCOVERED, null, false, at(Duration.ofDays(10)));
        assertThat(deadline.state()).isEqualTo(State.NOT_REQUIRED);
        assertThat(deadline.state().alarming()).isFalse();
    }

    @Test
    void theClockCountsRealHoursAcrossTheChangeToSummerTime() {
        // 29 March 2026: Brussels skips 02:00-03:00; the clock counts elapsed time, not wall-clock hours
        OffsetDateTime saturday = OffsetDateTime.parse("2026-03-28T12:00:00+01:00");
        Clock sundayNoon = Clock.fixed(OffsetDateTime.parse("2026-03-29T12:00:00+02:00").toInstant(), BRUSSELS);
        assertThat(BreachDeadline.of(saturday, null, true, sundayNoon).hours()).isEqualTo(72 - 23);
    }

    @Test
    void aBreachTakesItsOwnTimes() {
        DataBreach breach = new DataBreach(null, DISCOVERED, "lost laptop", "names", 3, java.util.Set.of(), "", true, null, "dpo", 0);
        assertThat(BreachDeadline.of(breach, at(Duration.ofHours(10)))).isEqualTo(notReported(Duration.ofHours(10)));
    }
}
