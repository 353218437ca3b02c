package be.taakwijzer.sso;

import java.time.OffsetDateTime;

/** One checklist item of a school: done or not, and who changed it last and when (null when nobody touched it yet). */
public record ChecklistEntry(ChecklistItem item, boolean done, OffsetDateTime changedAt, String changedBy) {

    public static ChecklistEntry untouched(ChecklistItem item) {
        return new ChecklistEntry(item, false, null, null);
    }
}
