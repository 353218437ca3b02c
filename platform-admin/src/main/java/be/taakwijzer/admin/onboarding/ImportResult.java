package be.taakwijzer.admin.onboarding;

/** What a committed import did. */
public record ImportResult(int created, int changed, int unchanged, int skipped) {
}
