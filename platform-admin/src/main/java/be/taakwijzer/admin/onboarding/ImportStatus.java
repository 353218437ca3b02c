package be.taakwijzer.admin.onboarding;

/** What the import does with a line of the file. */
public enum ImportStatus {
    NEW, CHANGED, UNCHANGED, INVALID, SKIPPED
}
