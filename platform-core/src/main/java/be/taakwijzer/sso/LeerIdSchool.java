package be.taakwijzer.sso;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import be.taakwijzer.tenancy.School;

/**
 * Everything about one school's LeerID: its state (with the version every change names), the history
 * of its states (newest first), its applications and its checklist (every item, in order).
 */
public record LeerIdSchool(School school, LeerIdState state, int version, OffsetDateTime changedAt, String changedBy,
                           List<StateChange> history, List<LeerIdApplication> applications,
                           Map<ChecklistItem, ChecklistEntry> checklist) {

    public LeerIdSchool {
        history = List.copyOf(history);
        applications = List.copyOf(applications);
        checklist = Map.copyOf(checklist);
    }

    public ChecklistEntry entry(ChecklistItem item) {
        return checklist.getOrDefault(item, ChecklistEntry.untouched(item));
    }

    public int checklistDone() {
        return (int) checklist.values().stream().filter(ChecklistEntry::done).count();
    }

    public int applicationsConnected() {
        return (int) applications.stream().filter(application -> application.connectionState() == ConnectionState.CONNECTED).count();
    }
}
