package be.taakwijzer.allocation;

import java.util.List;
import java.util.UUID;

/** Who takes a task at a school in a year; shared when it has several shares. */
public record Allocation(UUID id, String taskCode, String note, List<AllocationShare> shares) {

    public Allocation {
        shares = List.copyOf(shares);
    }
}
