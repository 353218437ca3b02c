package be.taakwijzer.allocation;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Tells a school that a task the group handled centrally is open again, until someone at the school has read it. */
public record CoverageNotice(UUID id, String taskCode, OffsetDateTime createdAt, String createdBy) {
}
