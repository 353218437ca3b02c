package be.taakwijzer.purchasing;

/** Role expressions of the purchasing workspace for @PreAuthorize, in one place so that the security matrix reads from here. */
public final class PurchasingRoles {

    /** Who runs the workspace: suppliers, contracts, tenders, decisions on requests. */
    public static final String GROUP_ICT_STAFF = "hasRole('GROUP_ICT_STAFF')";
    /** Who buys through it: group ICT staff (any school) and directors (their own school, checked in the service). */
    public static final String BUYERS = "hasAnyRole('GROUP_ICT_STAFF', 'SCHOOL_DIRECTOR')";

    private PurchasingRoles() {
    }
}
