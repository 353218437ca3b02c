package be.taakwijzer.allocation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/** What a director or group ICT staff enter for a person of a school. */
public record PersonInput(String name, String email, PersonRole role, Map<String, BigDecimal> availableHours,
                          Set<String> competenceCodes) {

    public PersonInput {
        availableHours = availableHours == null ? Map.of() : Map.copyOf(availableHours);
        competenceCodes = competenceCodes == null ? Set.of() : Set.copyOf(competenceCodes);
    }
}
