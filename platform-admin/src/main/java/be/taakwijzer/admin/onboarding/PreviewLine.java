package be.taakwijzer.admin.onboarding;

import java.util.List;
import java.util.UUID;

/**
 * What the import does with one line: its status, the reasons (invalid or skipped), the fields it
 * changes (before → after), and the group the school belongs to ({@code tenantId}, set for new,
 * changed and unchanged schools).
 */
public record PreviewLine(int lineNumber, String instellingsnummer, String name, ImportStatus status,
                          List<ImportMessage> reasons, List<FieldChange> changes, String groupName,
                          ListedSchool school, UUID tenantId) {

    public PreviewLine {
        reasons = List.copyOf(reasons);
        changes = List.copyOf(changes);
    }
}
