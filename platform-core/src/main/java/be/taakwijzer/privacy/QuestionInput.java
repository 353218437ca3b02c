package be.taakwijzer.privacy;

/** A new question as a director types it. */
public record QuestionInput(String subject, String body, QuestionCategory category, QuestionUrgency urgency) {
}
