package be.taakwijzer.allocation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Someone who takes ICT tasks at a school in a year, or an external firm: the hours they have per
 * funding source and their competences. Nothing more is kept about them.
 */
public record SchoolPerson(UUID id, String name, String email, PersonRole role, Map<String, BigDecimal> availableHours,
                           Set<String> competenceCodes) {

    public SchoolPerson {
        availableHours = Map.copyOf(availableHours);
        competenceCodes = Set.copyOf(competenceCodes);
    }

    public BigDecimal availableHours(String fundingCode) {
        return availableHours.getOrDefault(fundingCode, BigDecimal.ZERO);
    }
}
