package be.taakwijzer.privacy;

/**
 * Role expressions of the privacy workspace for @PreAuthorize, in one place so that the security matrix
 * reads from here. The group's DPO runs the workspace; directors ask questions and read what concerns
 * their school; group ICT staff read the register, the agreements and the breaches, never the questions.
 */
public final class PrivacyRoles {

    public static final String DPO = "hasRole('GROUP_DPO')";
    public static final String DIRECTOR = "hasRole('SCHOOL_DIRECTOR')";
    /** The question desk: the DPO (all questions of the group) and directors (their own school's). */
    public static final String QUESTION_DESK = "hasAnyRole('GROUP_DPO', 'SCHOOL_DIRECTOR')";
    /** Who reads the register, the agreements and the breaches (directors only what concerns their school). */
    public static final String READERS = "hasAnyRole('GROUP_DPO', 'SCHOOL_DIRECTOR', 'GROUP_ICT_STAFF')";
    /** Who registers a data breach: the DPO (any school), a director (their own school). */
    public static final String BREACH_REPORTERS = "hasAnyRole('GROUP_DPO', 'SCHOOL_DIRECTOR')";

    private PrivacyRoles() {
    }
}
