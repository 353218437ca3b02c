package be.taakwijzer.admin.identitysync;

/** A group's open identity sync requests: how many wait, and how many of those failed at least once. */
public record GroupSyncSummary(int pending, int failed) {

    public static final GroupSyncSummary NONE = new GroupSyncSummary(0, 0);
}
