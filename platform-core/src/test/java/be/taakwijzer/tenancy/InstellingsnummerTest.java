package be.taakwijzer.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InstellingsnummerTest {

    @Test
    void restoresLeadingZerosThatFilesDrop() {
        assertThat(Instellingsnummer.parse("44693").value()).isEqualTo("044693");
        assertThat(Instellingsnummer.parse(" 044693 ").value()).isEqualTo("044693");
        assertThat(Instellingsnummer.parse("1").value()).isEqualTo("000001");
    }

    @Test
    void refusesWhatIsNotANumberOfAtMostSixDigits() {
        assertThatThrownBy(() -> Instellingsnummer.parse("1234567")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Instellingsnummer.parse("04469A")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Instellingsnummer.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Instellingsnummer("44693")).isInstanceOf(IllegalArgumentException.class);
    }
}
