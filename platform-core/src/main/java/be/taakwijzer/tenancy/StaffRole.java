package be.taakwijzer.tenancy;

/** The roles a school group gives its own people; they become realm-role-like authorities at login. */
public enum StaffRole {
    GROUP_ICT_STAFF, GROUP_DPO, SCHOOL_DIRECTOR
}
