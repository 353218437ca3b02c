package be.taakwijzer.admin.schoolmove;

/** A staff member whose registration names the school (its director): they move with it. */
public record MovingDirector(String name, String email) {
}
