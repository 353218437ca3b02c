package be.taakwijzer.allocation;

/** The warnings a school plan can raise while it is being made. */
public enum WarningKind {
    /** A core task of the ICT team that nobody takes and the group does not cover. */
    CORE_TASK_WITHOUT_ANYONE,
    /** A person given more hours of a funding source than they have of it. */
    PERSON_OVER_HOURS,
    /** A task given to someone without any competence of the task's cluster. */
    MISSING_COMPETENCE,
    /** Every allocated task of a cluster rests on the same single person. */
    CLUSTER_ON_ONE_PERSON,
    /** A task the guide says needs specialisation, given to a role that is not technical. */
    SPECIALISATION_TO_NON_TECHNICAL_ROLE
}
