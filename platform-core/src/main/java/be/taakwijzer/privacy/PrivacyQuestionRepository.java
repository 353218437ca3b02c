package be.taakwijzer.privacy;

import static be.taakwijzer.db.Tables.PRIVACY_QUESTION;
import static be.taakwijzer.db.Tables.PRIVACY_QUESTION_MESSAGE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import be.taakwijzer.db.tables.records.PrivacyQuestionRecord;

/** The questions to the DPO and their threads; row-level security keeps them in the group. */
@Repository
public class PrivacyQuestionRepository {

    private final DSLContext dsl;

    PrivacyQuestionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<PrivacyQuestion> findAll() {
        return find(DSL.trueCondition());
    }

    public List<PrivacyQuestion> findBySchool(UUID schoolId) {
        return find(PRIVACY_QUESTION.SCHOOL_ID.eq(schoolId));
    }

    public Optional<PrivacyQuestion> find(UUID id) {
        return find(PRIVACY_QUESTION.ID.eq(id)).stream().findFirst();
    }

    /** Newest first, the open ones before the others. */
    private List<PrivacyQuestion> find(Condition condition) {
        Map<UUID, List<QuestionMessage>> threads = dsl.select(PRIVACY_QUESTION_MESSAGE.fields()).from(PRIVACY_QUESTION_MESSAGE)
                .join(PRIVACY_QUESTION).on(PRIVACY_QUESTION.TENANT_ID.eq(PRIVACY_QUESTION_MESSAGE.TENANT_ID),
                        PRIVACY_QUESTION.ID.eq(PRIVACY_QUESTION_MESSAGE.QUESTION_ID))
                .where(condition)
                .orderBy(PRIVACY_QUESTION_MESSAGE.WRITTEN_AT, PRIVACY_QUESTION_MESSAGE.ID)
                .fetchGroups(r -> r.get(PRIVACY_QUESTION_MESSAGE.QUESTION_ID),
                        r -> new QuestionMessage(MessageKind.valueOf(r.get(PRIVACY_QUESTION_MESSAGE.KIND)), r.get(PRIVACY_QUESTION_MESSAGE.AUTHOR),
                                r.get(PRIVACY_QUESTION_MESSAGE.WRITTEN_AT), r.get(PRIVACY_QUESTION_MESSAGE.BODY)));
        return dsl.selectFrom(PRIVACY_QUESTION).where(condition)
                .orderBy(DSL.when(PRIVACY_QUESTION.STATUS.eq(QuestionStatus.OPEN.name()), 0).otherwise(1),
                        PRIVACY_QUESTION.ASKED_AT.desc(), PRIVACY_QUESTION.ID)
                .fetch(r -> toQuestion(r, threads.getOrDefault(r.getId(), List.of())));
    }

    public UUID insert(UUID tenantId, UUID schoolId, QuestionInput input, String actor) {
        UUID id = dsl.insertInto(PRIVACY_QUESTION)
                .set(PRIVACY_QUESTION.TENANT_ID, tenantId)
                .set(PRIVACY_QUESTION.SCHOOL_ID, schoolId)
                .set(PRIVACY_QUESTION.SUBJECT, input.subject())
                .set(PRIVACY_QUESTION.CATEGORY, input.category().name())
                .set(PRIVACY_QUESTION.URGENCY, input.urgency().name())
                .set(PRIVACY_QUESTION.STATUS, QuestionStatus.OPEN.name())
                .set(PRIVACY_QUESTION.ASKED_BY, actor)
                .returning(PRIVACY_QUESTION.ID).fetchOne(PRIVACY_QUESTION.ID);
        addMessage(tenantId, id, MessageKind.QUESTION, actor, input.body());
        return id;
    }

    public void addMessage(UUID tenantId, UUID questionId, MessageKind kind, String author, String body) {
        dsl.insertInto(PRIVACY_QUESTION_MESSAGE)
                .set(PRIVACY_QUESTION_MESSAGE.TENANT_ID, tenantId)
                .set(PRIVACY_QUESTION_MESSAGE.QUESTION_ID, questionId)
                .set(PRIVACY_QUESTION_MESSAGE.KIND, kind.name())
                .set(PRIVACY_QUESTION_MESSAGE.AUTHOR, author)
                .set(PRIVACY_QUESTION_MESSAGE.BODY, body)
                .execute();
    }

    /** Sets the status if nobody changed the question since {@code version} was read; false otherwise. */
    public boolean updateStatus(UUID id, int version, QuestionStatus status) {
        return dsl.update(PRIVACY_QUESTION)
                .set(PRIVACY_QUESTION.STATUS, status.name())
                .set(PRIVACY_QUESTION.VERSION, PRIVACY_QUESTION.VERSION.plus(1))
                .where(PRIVACY_QUESTION.ID.eq(id)).and(PRIVACY_QUESTION.VERSION.eq(version)).execute() == 1;
    }

    public boolean escalate(UUID id, int version, String actor, OffsetDateTime at, String note) {
        return dsl.update(PRIVACY_QUESTION)
                .set(PRIVACY_QUESTION.ESCALATED_BY, actor)
                .set(PRIVACY_QUESTION.ESCALATED_AT, at)
                .set(PRIVACY_QUESTION.ESCALATION_NOTE, note)
                .set(PRIVACY_QUESTION.VERSION, PRIVACY_QUESTION.VERSION.plus(1))
                .where(PRIVACY_QUESTION.ID.eq(id)).and(PRIVACY_QUESTION.VERSION.eq(version)).execute() == 1;
    }

    private static PrivacyQuestion toQuestion(PrivacyQuestionRecord r, List<QuestionMessage> messages) {
        return new PrivacyQuestion(r.getId(), r.getSchoolId(), r.getSubject(), QuestionCategory.valueOf(r.getCategory()),
                QuestionUrgency.valueOf(r.getUrgency()), QuestionStatus.valueOf(r.getStatus()), r.getAskedBy(), r.getAskedAt(),
                messages, r.getEscalatedBy(), r.getEscalatedAt(), r.getEscalationNote(), r.getVersion());
    }
}
