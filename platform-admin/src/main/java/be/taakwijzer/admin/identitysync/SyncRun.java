package be.taakwijzer.admin.identitysync;

/** What one run of the identity sync did: requests brought in step, and requests that failed (and wait for a retry). */
public record SyncRun(int processed, int failed) {

    public static final SyncRun NOTHING = new SyncRun(0, 0);

    SyncRun plus(SyncRun other) {
        return new SyncRun(processed + other.processed, failed + other.failed);
    }
}
