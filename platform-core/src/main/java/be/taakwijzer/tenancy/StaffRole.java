package be.taakwijzer.tenancy;

/**
 * The roles of the people who log in; they become authorities at login. A school group gives its own
 * people the first three; umbrella advisers are registered by the operator.
 */
public enum StaffRole {
    GROUP_ICT_STAFF, GROUP_DPO, SCHOOL_DIRECTOR, UMBRELLA_ADVISER;

    /** Whether a school group may give this role to one of its people. */
    public boolean ofSchoolGroup() {
        return this != UMBRELLA_ADVISER;
    }
}
