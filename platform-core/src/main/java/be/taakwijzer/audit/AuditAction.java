package be.taakwijzer.audit;

/** What happened to an entity. */
public enum AuditAction {
    CREATED, CHANGED, DELETED, LINKED, COPIED
}
