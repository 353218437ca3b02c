package be.taakwijzer.admin.onboarding;

import java.util.List;

/**
 * The preview of an import: every line with its status, and a fingerprint of the database rows the
 * file touches (its schools and groups) at the moment of the preview. The commit refuses when the
 * fingerprint differs by then.
 */
public record SchoolListPreview(SchoolListFile file, List<PreviewLine> lines, String fingerprint) {

    public SchoolListPreview {
        lines = List.copyOf(lines);
    }

    public int count(ImportStatus status) {
        return (int) lines.stream().filter(line -> line.status() == status).count();
    }

    public boolean canCommit() {
        return count(ImportStatus.INVALID) == 0;
    }
}
