package be.taakwijzer.privacy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A question of a school to the group's DPO, with its thread (question, answers, follow-ups, oldest
 * first) and, when the DPO passed it on to the umbrella's DPO service, who did so, when and why.
 */
public record PrivacyQuestion(UUID id, UUID schoolId, String subject, QuestionCategory category, QuestionUrgency urgency,
                              QuestionStatus status, String askedBy, OffsetDateTime askedAt, List<QuestionMessage> messages,
                              String escalatedBy, OffsetDateTime escalatedAt, String escalationNote, int version) {

    public PrivacyQuestion {
        messages = List.copyOf(messages);
    }

    public boolean escalated() {
        return escalatedAt != null;
    }

    /** The DPO's latest answer, if any. */
    public java.util.Optional<QuestionMessage> latestAnswer() {
        return messages.reversed().stream().filter(m -> m.kind() == MessageKind.ANSWER).findFirst();
    }
}
