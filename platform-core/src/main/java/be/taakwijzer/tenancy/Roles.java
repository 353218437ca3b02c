package be.taakwijzer.tenancy;

/** Role expressions for @PreAuthorize, in one place so that the security matrix reads from here. */
public final class Roles {

    public static final String GROUP_ICT_STAFF = "hasRole('GROUP_ICT_STAFF')";
    public static final String ANY_STAFF = "hasAnyRole('GROUP_ICT_STAFF', 'GROUP_DPO', 'SCHOOL_DIRECTOR')";

    private Roles() {
    }
}
