package be.taakwijzer.admin.tenants;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A school group as the operator keeps an eye on it: its umbrella, how many schools, when anyone last
 * changed something, and in the current school year how many school × task cells are covered centrally
 * or allocated out of all.
 */
public record TenantActivity(UUID tenantId, String name, String instellingsnummer, String umbrella, int schools,
                             Optional<OffsetDateTime> lastActivity, int coveredCells, int cells) {

    /** Covered or allocated cells as a whole percentage; none when the group has no schools. */
    public Optional<Integer> coveragePercent() {
        return cells == 0 ? Optional.empty() : Optional.of((int) Math.round(100.0 * coveredCells / cells));
    }
}
