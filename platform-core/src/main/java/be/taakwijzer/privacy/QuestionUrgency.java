package be.taakwijzer.privacy;

/** How soon a school needs the answer. */
public enum QuestionUrgency {
    NORMAL, URGENT
}
