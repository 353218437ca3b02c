package be.taakwijzer.admin.onboarding;

/** Told how far reading or comparing a school list is, every {@link #STEP} lines, so that large files show progress. */
@FunctionalInterface
public interface ImportProgress {

    int STEP = 500;

    ImportProgress NONE = (done, total) -> { };

    void linesDone(int done, int total);
}
