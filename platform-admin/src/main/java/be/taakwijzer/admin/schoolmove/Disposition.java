package be.taakwijzer.admin.schoolmove;

/** What a move does to a table's rows of the school (ADR 0012). */
public enum Disposition {
    /** The rows go with the school: their tenant_id becomes the new group's. */
    MOVES,
    /** The school's link to a record of the old group (a central task, a contract, ...) is removed; the record stays. */
    LINK_REMOVED,
    /** A reference from one row to a record on the other side of the move is emptied; the row itself stays where it belongs. */
    REFERENCE_CLEARED,
    /** The rows concern the school but belong to the old group's own records: they stay with it, as they are. */
    STAYS
}
