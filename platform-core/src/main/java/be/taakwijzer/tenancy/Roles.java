package be.taakwijzer.tenancy;

/** Role expressions for @PreAuthorize, in one place so that the security matrix reads from here. */
public final class Roles {

    public static final String GROUP_ICT_STAFF = "hasRole('GROUP_ICT_STAFF')";
    /** Who may change a school's plan: group ICT staff (any school), directors (their own, checked in the service). */
    public static final String PLAN_EDITORS = "hasAnyRole('GROUP_ICT_STAFF', 'SCHOOL_DIRECTOR')";
    public static final String ANY_STAFF = "hasAnyRole('GROUP_ICT_STAFF', 'GROUP_DPO', 'SCHOOL_DIRECTOR')";

    private Roles() {
    }
}
