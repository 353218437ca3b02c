package be.taakwijzer.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AgreementStateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

    @Test
    void aDraftStaysADraftWhateverItsDates() {
        assertThat(AgreementState.of(AgreementStatus.DRAFT, TODAY.minusYears(1), TODAY)).isEqualTo(AgreementState.DRAFT);
        assertThat(AgreementState.DRAFT.warns()).isFalse();
    }

    @Test
    void aSignedAgreementWarnsFromSixtyDaysBeforeItsEndAndExpiresTheDayAfter() {
        assertThat(AgreementState.of(AgreementStatus.SIGNED, null, TODAY)).isEqualTo(AgreementState.SIGNED);
        assertThat(AgreementState.of(AgreementStatus.SIGNED, TODAY.plusDays(61), TODAY)).isEqualTo(AgreementState.SIGNED);
        assertThat(AgreementState.of(AgreementStatus.SIGNED, TODAY.plusDays(60), TODAY)).isEqualTo(AgreementState.EXPIRING);
        assertThat(AgreementState.of(AgreementStatus.SIGNED, TODAY, TODAY)).as("valid through its last day").isEqualTo(AgreementState.EXPIRING);
        assertThat(AgreementState.of(AgreementStatus.SIGNED, TODAY.minusDays(1), TODAY)).isEqualTo(AgreementState.EXPIRED);
        assertThat(AgreementState.EXPIRING.warns()).isTrue();
        assertThat(AgreementState.EXPIRED.warns()).isTrue();
        assertThat(AgreementState.SIGNED.warns()).isFalse();
    }
}
