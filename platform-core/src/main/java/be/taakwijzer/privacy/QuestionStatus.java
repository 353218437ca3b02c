package be.taakwijzer.privacy;

/**
 * OPEN (waiting for the DPO) → ANSWERED (waiting for the school) → CLOSED. The school asks again on an
 * answered or closed question, which opens it again; the school or the DPO closes it.
 */
public enum QuestionStatus {
    OPEN, ANSWERED, CLOSED
}
