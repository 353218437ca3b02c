package be.taakwijzer.admin.schoolmove;

/** How many of the school's rows one decision of the plan concerns ({@link SchoolRows#key()}). */
public record TableRows(String key, Disposition disposition, int rows) {
}
