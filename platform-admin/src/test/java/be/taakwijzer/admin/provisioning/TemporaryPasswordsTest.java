package be.taakwijzer.admin.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TemporaryPasswordsTest {

    @Test
    void passwordsAreLongUnambiguousAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String password = TemporaryPasswords.generate();
            assertThat(password).hasSize(TemporaryPasswords.LENGTH).doesNotContainAnyWhitespaces().matches("[A-Za-z2-9]+")
                    .doesNotContain("0", "O", "1", "l", "I");
            assertThat(seen.add(password)).isTrue();
        }
    }
}
