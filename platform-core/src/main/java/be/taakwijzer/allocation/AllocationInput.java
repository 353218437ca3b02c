package be.taakwijzer.allocation;

import java.util.List;

/** What a director or group ICT staff enter for a task of their school. */
public record AllocationInput(String taskCode, String note, List<AllocationShare> shares) {

    public AllocationInput {
        shares = shares == null ? List.of() : List.copyOf(shares);
    }
}
