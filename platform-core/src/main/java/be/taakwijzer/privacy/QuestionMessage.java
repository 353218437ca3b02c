package be.taakwijzer.privacy;

import java.time.OffsetDateTime;

/** What someone wrote in the thread of a question, and when. Never changed afterwards. */
public record QuestionMessage(MessageKind kind, String author, OffsetDateTime writtenAt, String body) {
}
