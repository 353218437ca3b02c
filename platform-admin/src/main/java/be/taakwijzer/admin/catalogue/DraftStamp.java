package be.taakwijzer.admin.catalogue;

/**
 * The draft version as the operator saw it: its number and how often it had been changed. A change made
 * from an older stamp is refused, so two operators never overwrite each other's edits.
 */
public record DraftStamp(int number, int lockVersion) {
}
