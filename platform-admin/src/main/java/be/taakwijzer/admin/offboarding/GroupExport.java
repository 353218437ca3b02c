package be.taakwijzer.admin.offboarding;

/** All of a school group's data as one JSON document (table name to its rows), and the fingerprint that names it. */
public record GroupExport(String fileName, byte[] json, String sha256) {
}
