package be.taakwijzer.catalogue;

/** Whether the guide requires a competence, prefers it, or explicitly does not require it. */
public enum CompetenceKind {
    VEREIST, VOORKEUR, GEEN_VEREISTE
}
