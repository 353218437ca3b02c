package be.taakwijzer.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailDomainTest {

    @Test
    void acceptsWhatPeopleTypeAndKeepsItAsKeycloakCompares() {
        assertThat(EmailDomain.parse(" @Noorderlicht.Example ").value()).isEqualTo("noorderlicht.example");
        assertThat(EmailDomain.ofAddress("Ilse@Sint-Jan.Scholen.be")).contains(new EmailDomain("sint-jan.scholen.be"));
        assertThat(EmailDomain.ofAddress("geen-adres")).isEmpty();
        assertThat(EmailDomain.ofAddress("x@localhost")).as("no dot: nothing to route by").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "noorderlicht", "-noorderlicht.example", "noorder licht.example", "noorderlicht.example.", "ict@noorderlicht.example",
            "noorderlicht.e1"})
    void refusesWhatIsNoDomain(String raw) {
        assertThatIllegalArgumentException().isThrownBy(() -> EmailDomain.parse(raw));
    }
}
