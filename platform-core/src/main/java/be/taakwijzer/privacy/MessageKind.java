package be.taakwijzer.privacy;

/** One step in the thread of a question. */
public enum MessageKind {
    QUESTION, ANSWER, FOLLOW_UP
}
