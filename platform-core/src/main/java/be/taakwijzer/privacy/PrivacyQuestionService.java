package be.taakwijzer.privacy;

import static be.taakwijzer.privacy.PrivacyInputs.MAX_MESSAGE;
import static be.taakwijzer.privacy.PrivacyInputs.MAX_NAME;
import static be.taakwijzer.privacy.PrivacyInputs.MAX_TEXT;
import static be.taakwijzer.privacy.PrivacyInputs.optional;
import static be.taakwijzer.privacy.PrivacyInputs.required;
import static be.taakwijzer.privacy.PrivacyInputs.requireOwnSchoolForDirector;
import static be.taakwijzer.privacy.PrivacyInputs.tenant;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.allocation.PlanChangedException;
import be.taakwijzer.audit.AuditAction;
import be.taakwijzer.audit.AuditTrail;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.tenancy.CurrentTenant;
import be.taakwijzer.tenancy.SchoolRepository;

/**
 * The question desk between the member schools and the group's DPO. A director asks, closes and asks
 * again for their own school only and never sees another school's questions; the DPO sees and answers
 * all of the group's, and may pass a question on to the umbrella's DPO service. Every step is audited
 * for the school concerned, without subject or texts (the group's ICT staff read the history but not the
 * questions); the texts stay in the thread, which nobody rewrites.
 */
@Service
public class PrivacyQuestionService {

    private final PrivacyQuestionRepository questions;
    private final SchoolRepository schools;
    private final AuditTrail audit;
    private final Clock clock;

    PrivacyQuestionService(PrivacyQuestionRepository questions, SchoolRepository schools, AuditTrail audit, Clock clock) {
        this.questions = questions;
        this.schools = schools;
        this.audit = audit;
        this.clock = clock;
    }

    /** The DPO: every question of the group; a director: their own school's. */
    @PreAuthorize(PrivacyRoles.QUESTION_DESK)
    @Transactional(readOnly = true)
    public List<PrivacyQuestion> questions() {
        Optional<UUID> own = CurrentTenant.ownSchoolId();
        return own.isPresent() ? questions.findBySchool(own.get()) : questions.findAll();
    }

    /** A director asks the DPO a question for their own school. */
    @PreAuthorize(PrivacyRoles.DIRECTOR)
    @Transactional
    public PrivacyQuestion ask(UUID schoolId, QuestionInput input, String actor) {
        UUID tenant = tenant();
        requireOwnSchoolForDirector(schoolId);
        QuestionInput valid = validated(input);
        if (schoolId == null || schools.find(schoolId).isEmpty()) {
            throw new InvalidInputException("plan.error.no-school");
        }
        UUID id = questions.insert(tenant, schoolId, valid, actor);
        PrivacyQuestion created = questions.find(id).orElseThrow();
        audit.recordForSchool(tenant, schoolId, actor, "privacy_question", id, AuditAction.CREATED, null, values(created));
        return created;
    }

    /** The DPO answers an open question. */
    @PreAuthorize(PrivacyRoles.DPO)
    @Transactional
    public PrivacyQuestion answer(PrivacyQuestion original, String answer, String actor) {
        String text = required(answer, MAX_MESSAGE, "privacy.question.error.answer");
        PrivacyQuestion before = current(original);
        if (before.status() != QuestionStatus.OPEN) {
            throw new InvalidInputException("privacy.question.error.not-open");
        }
        return step(before, original.version(), QuestionStatus.ANSWERED, MessageKind.ANSWER, text, actor);
    }

    /** The school (or the DPO) closes a question that is not closed yet. */
    @PreAuthorize(PrivacyRoles.QUESTION_DESK)
    @Transactional
    public PrivacyQuestion close(PrivacyQuestion original, String actor) {
        PrivacyQuestion before = current(original);
        if (before.status() == QuestionStatus.CLOSED) {
            throw new InvalidInputException("privacy.question.error.closed");
        }
        return step(before, original.version(), QuestionStatus.CLOSED, null, null, actor);
    }

    /** The school asks again on an answered or closed question: it is open again for the DPO. */
    @PreAuthorize(PrivacyRoles.DIRECTOR)
    @Transactional
    public PrivacyQuestion askAgain(PrivacyQuestion original, String followUp, String actor) {
        String text = required(followUp, MAX_MESSAGE, "privacy.question.error.body");
        PrivacyQuestion before = current(original);
        if (before.status() == QuestionStatus.OPEN) {
            throw new InvalidInputException("privacy.question.error.still-open");
        }
        return step(before, original.version(), QuestionStatus.OPEN, MessageKind.FOLLOW_UP, text, actor);
    }

    /**
     * The DPO passes a question on to the umbrella's DPO service: recorded here with who, when and a
     * note; the umbrella answers outside Taakwijzer. Once per question.
     */
    @PreAuthorize(PrivacyRoles.DPO)
    @Transactional
    public PrivacyQuestion escalate(PrivacyQuestion original, String note, String actor) {
        String text = optional(note, MAX_TEXT, "privacy.question.error.note");
        PrivacyQuestion before = current(original);
        if (before.escalated()) {
            throw new InvalidInputException("privacy.question.error.escalated");
        }
        if (!questions.escalate(before.id(), original.version(), actor, OffsetDateTime.now(clock), text)) {
            throw new PlanChangedException();
        }
        PrivacyQuestion after = questions.find(before.id()).orElseThrow();
        audit.recordForSchool(tenant(), after.schoolId(), actor, "privacy_question", after.id(), AuditAction.CHANGED,
                values(before), values(after));
        return after;
    }

    /** The question as stored now, if this person may act on it. */
    private PrivacyQuestion current(PrivacyQuestion original) {
        PrivacyQuestion before = questions.find(original.id()).orElseThrow(PlanChangedException::new);
        requireOwnSchoolForDirector(before.schoolId());
        return before;
    }

    private PrivacyQuestion step(PrivacyQuestion before, int version, QuestionStatus status, MessageKind kind, String text, String actor) {
        UUID tenant = tenant();
        if (!questions.updateStatus(before.id(), version, status)) {
            throw new PlanChangedException();
        }
        if (kind != null) {
            questions.addMessage(tenant, before.id(), kind, actor, text);
        }
        PrivacyQuestion after = questions.find(before.id()).orElseThrow();
        Map<String, Object> afterValues = values(after);
        if (kind != null) {
            afterValues.put("message", kind.name());
        }
        audit.recordForSchool(tenant, after.schoolId(), actor, "privacy_question", after.id(), AuditAction.CHANGED,
                values(before), afterValues);
        return after;
    }

    private static QuestionInput validated(QuestionInput input) {
        String subject = required(input.subject(), MAX_NAME, "privacy.question.error.subject");
        String body = required(input.body(), MAX_MESSAGE, "privacy.question.error.body");
        if (input.category() == null) {
            throw new InvalidInputException("privacy.question.error.category");
        }
        return new QuestionInput(subject, body, input.category(), input.urgency() == null ? QuestionUrgency.NORMAL : input.urgency());
    }

    /**
     * What the audit keeps: the question's state, not its subject or texts (those stay in the thread,
     * with author and time). The group's history is read by ICT staff, who do not read the questions.
     */
    private static Map<String, Object> values(PrivacyQuestion question) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("school", question.schoolId());
        values.put("category", question.category().name());
        values.put("urgency", question.urgency().name());
        values.put("status", question.status().name());
        values.put("messages", question.messages().size());
        values.put("escalatedBy", question.escalatedBy());
        return values;
    }
}
