package be.taakwijzer.sso;

/** Role expressions of the LeerID workspace, in one place so that the security matrix reads from here. */
public final class SsoRoles {

    /** Who reads LeerID states: group ICT staff (every school), directors (their own school, checked in the service). */
    public static final String READERS = "hasAnyRole('GROUP_ICT_STAFF', 'SCHOOL_DIRECTOR')";
    /** Who changes states, applications and the checklist: group ICT staff only; directors read. */
    public static final String EDITORS = "hasRole('GROUP_ICT_STAFF')";
    /** Who may ask what LeerID covers: everyone who reads school plans or the group overview. */
    public static final String COVERAGE_READERS = "hasAnyRole('GROUP_ICT_STAFF', 'GROUP_DPO', 'SCHOOL_DIRECTOR')";

    private SsoRoles() {
    }
}
