package be.taakwijzer.admin.onboarding;

/** One field of a school that the import changes; {@code field} is the database column, the view translates it. */
public record FieldChange(String field, String before, String after) {
}
