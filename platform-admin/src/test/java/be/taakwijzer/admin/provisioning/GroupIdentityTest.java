package be.taakwijzer.admin.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;

import org.junit.jupiter.api.Test;

class GroupIdentityTest {

    @Test
    void domainsAreComparedAsKeycloakDoes() {
        GroupIdentity group = new GroupIdentity("990001", " Scholengroep Noorderlicht ", Set.of(" Noorderlicht.Example"), Set.of());

        assertThat(group.emailDomains()).containsExactly("noorderlicht.example");
        assertThat(group.name()).isEqualTo("Scholengroep Noorderlicht");
        assertThat(group.alias()).isEqualTo("groep-990001");
    }

    @Test
    void refusesWhatKeycloakWouldStoreWrongly() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GroupIdentity("99001", "Groep", Set.of(), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new GroupIdentity("990001", " ", Set.of(), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new GroupIdentity("990001", "Groep", Set.of("ict@groep.example"), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new FirstAccount("ict.groep.example", "Ilse", "Eerste"));
        assertThatIllegalArgumentException().isThrownBy(() -> new FirstAccount("ict@groep.example", "Ilse", ""));
    }

    @Test
    void aDisplayNameGivesFirstAndLastName() {
        assertThat(FirstAccount.fromDisplayName("ilse@groep.example", " Ilse  van den Proef ")).isEqualTo(
                new FirstAccount("ilse@groep.example", "Ilse", "van den Proef"));
        assertThat(FirstAccount.fromDisplayName("dpo@groep.example", "DPO")).isEqualTo(new FirstAccount("dpo@groep.example", "DPO", "DPO"));
        assertThat(FirstAccount.fromDisplayName("dpo@groep.example", " ")).isEqualTo(new FirstAccount("dpo@groep.example", "dpo", "dpo"));
    }

    @Test
    void anEmailAddressIsKeptInLowerCase() {
        assertThat(new FirstAccount(" ICT@Groep.Example ", "Ilse", "Eerste").email()).isEqualTo("ict@groep.example");
    }
}
