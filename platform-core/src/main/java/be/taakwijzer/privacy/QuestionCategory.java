package be.taakwijzer.privacy;

/** What a question to the DPO is about. */
public enum QuestionCategory {
    /** consent */
    TOESTEMMING,
    /** images of pupils */
    BEELDMATERIAAL,
    /** suppliers and processors */
    LEVERANCIERS,
    /** a data breach */
    DATALEK,
    /** data subjects' rights */
    RECHTEN,
    ANDERE
}
