package be.taakwijzer.dashboard;

/** Role expressions of the umbrella dashboard and the school benchmark, in one place so that the security matrix reads from here. */
public final class DashboardRoles {

    /** Umbrella advisers read the aggregates of their own umbrella; nobody else does. */
    public static final String UMBRELLA_ADVISER = "hasRole('UMBRELLA_ADVISER')";
    /** Who compares a school with its peers: group ICT staff (any school of the group), directors (their own, checked in the service). */
    public static final String BENCHMARK_READERS = "hasAnyRole('GROUP_ICT_STAFF', 'SCHOOL_DIRECTOR')";

    private DashboardRoles() {
    }
}
