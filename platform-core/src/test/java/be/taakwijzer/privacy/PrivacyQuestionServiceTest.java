package be.taakwijzer.privacy;

import static be.taakwijzer.privacy.PrivacyFixtures.DIRECTOR;
import static be.taakwijzer.privacy.PrivacyFixtures.DPO;
import static be.taakwijzer.privacy.PrivacyFixtures.asDirector;
import static be.taakwijzer.privacy.PrivacyFixtures.asDpo;
import static be.taakwijzer.privacy.PrivacyFixtures.asIct;
import static be.taakwijzer.privacy.PrivacyFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import be.taakwijzer.allocation.HistoryService;
import be.taakwijzer.allocation.PlanChangedException;
import be.taakwijzer.audit.AuditAction;
import be.taakwijzer.audit.AuditEntry;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.testsupport.AuthenticatedAs;
import be.taakwijzer.testsupport.TestTenants;

@SpringBootTest
class PrivacyQuestionServiceTest {

    @Autowired
    PrivacyQuestionService questions;

    @Autowired
    HistoryService history;

    UUID group;
    UUID vlinder;
    UUID kompas;

    @BeforeEach
    void group() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");
        kompas = TestTenants.createSchool(group, "Basisschool Het Kompas");
    }

    private PrivacyQuestion ask(UUID school, String subject) {
        return asDirector(group, school, () -> questions.ask(school, question(subject), DIRECTOR));
    }

    @Test
    void aQuestionIsAskedAnsweredAskedAgainAndClosedWithItsWholeThread() {
        PrivacyQuestion asked = asDirector(group, vlinder, () -> questions.ask(vlinder, new QuestionInput("  Foto's schoolreis ",
                " Mogen we foto's online zetten? ", QuestionCategory.BEELDMATERIAAL, null), DIRECTOR));
        assertThat(asked.status()).isEqualTo(QuestionStatus.OPEN);
        assertThat(asked.subject()).isEqualTo("Foto's schoolreis");
        assertThat(asked.urgency()).as("normal unless said otherwise").isEqualTo(QuestionUrgency.NORMAL);
        assertThat(asked.schoolId()).isEqualTo(vlinder);
        assertThat(asked.askedBy()).isEqualTo(DIRECTOR);
        assertThat(asked.messages()).extracting(QuestionMessage::kind, QuestionMessage::body)
                .containsExactly(tuple(MessageKind.QUESTION, "Mogen we foto's online zetten?"));
        assertThat(asked.version()).isZero();

        PrivacyQuestion answered = asDpo(group, () -> questions.answer(asked, "Ja, met toestemming van de ouders.", DPO));
        assertThat(answered.status()).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(answered.latestAnswer()).get().extracting(QuestionMessage::author, QuestionMessage::body)
                .containsExactly(DPO, "Ja, met toestemming van de ouders.");
        assertThat(answered.version()).isEqualTo(1);

        PrivacyQuestion again = asDirector(group, vlinder, () -> questions.askAgain(answered, "Ook voor de nieuwsbrief?", DIRECTOR));
        assertThat(again.status()).isEqualTo(QuestionStatus.OPEN);
        PrivacyQuestion answeredAgain = asDpo(group, () -> questions.answer(again, "Ook daar, hetzelfde formulier.", DPO));
        PrivacyQuestion closed = asDirector(group, vlinder, () -> questions.close(answeredAgain, DIRECTOR));
        assertThat(closed.status()).isEqualTo(QuestionStatus.CLOSED);
        assertThat(closed.messages()).extracting(QuestionMessage::kind)
                .containsExactly(MessageKind.QUESTION, MessageKind.ANSWER, MessageKind.FOLLOW_UP, MessageKind.ANSWER);

        PrivacyQuestion reopened = asDirector(group, vlinder, () -> questions.askAgain(closed, "Nog één vraag.", DIRECTOR));
        assertThat(reopened.status()).as("a closed question opens again when the school asks again").isEqualTo(QuestionStatus.OPEN);
        assertThat(asDpo(group, () -> questions.close(reopened, DPO)).status()).as("the DPO may close too").isEqualTo(QuestionStatus.CLOSED);
    }

    @Test
    void everyStepIsAuditedForTheSchoolWithoutTheTexts() {
        PrivacyQuestion asked = ask(vlinder, "Toestemming");
        PrivacyQuestion answered = asDpo(group, () -> questions.answer(asked, "Geheim antwoord", DPO));
        asDpo(group, () -> questions.escalate(answered, "Naar de koepel", DPO));

        List<AuditEntry> entries = AuthenticatedAs.tenant(group, () -> history.schoolHistory(vlinder));
        assertThat(entries.reversed()).extracting(AuditEntry::entity, AuditEntry::entityId, AuditEntry::action, AuditEntry::actor)
                .containsExactly(tuple("privacy_question", asked.id(), AuditAction.CREATED, DIRECTOR),
                        tuple("privacy_question", asked.id(), AuditAction.CHANGED, DPO),
                        tuple("privacy_question", asked.id(), AuditAction.CHANGED, DPO));
        assertThat(entries.get(1).after()).contains("\"status\": \"ANSWERED\"", "\"message\": \"ANSWER\"").doesNotContain("Geheim");
        assertThat(entries.get(0).after()).contains("\"escalatedBy\": \"" + DPO + "\"").doesNotContain("Naar de koepel");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.after()).as("no subject: ICT staff read the history")
                .doesNotContain("Toestemming\"").doesNotContain("subject"));
        assertThat(AuthenticatedAs.tenant(group, () -> history.schoolHistory(kompas))).isEmpty();
    }

    @Test
    void aDirectorSeesOnlyTheirOwnSchoolsQuestionsAndTheDpoSeesAll() {
        PrivacyQuestion ofVlinder = ask(vlinder, "Vraag Vlinder");
        PrivacyQuestion ofKompas = ask(kompas, "Vraag Kompas");

        assertThat(asDirector(group, vlinder, questions::questions)).extracting(PrivacyQuestion::id).containsExactly(ofVlinder.id());
        assertThat(asDirector(group, kompas, questions::questions)).extracting(PrivacyQuestion::id).containsExactly(ofKompas.id());
        assertThat(asDpo(group, questions::questions)).extracting(PrivacyQuestion::id)
                .containsExactlyInAnyOrder(ofVlinder.id(), ofKompas.id());
        assertThatThrownBy(() -> asIct(group, questions::questions)).as("group ICT staff do not read the question desk")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDirectorActsOnlyForTheirOwnSchool() {
        PrivacyQuestion ofKompas = ask(kompas, "Vraag Kompas");
        assertThatThrownBy(() -> asDirector(group, vlinder, () -> questions.ask(kompas, question("Namens Kompas"), DIRECTOR)))
                .isInstanceOf(AccessDeniedException.class);
        PrivacyQuestion answered = asDpo(group, () -> questions.answer(ofKompas, "Antwoord", DPO));
        assertThatThrownBy(() -> asDirector(group, vlinder, () -> questions.close(answered, DIRECTOR))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asDirector(group, vlinder, () -> questions.askAgain(answered, "En wij?", DIRECTOR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asDpo(group, questions::questions)).singleElement().isEqualTo(answered);
    }

    @Test
    void onlyTheDpoAnswersAndEscalatesAndOnlyDirectorsAsk() {
        PrivacyQuestion asked = ask(vlinder, "Vraag");
        assertThatThrownBy(() -> asDirector(group, vlinder, () -> questions.answer(asked, "zelf beantwoord", DIRECTOR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asDirector(group, vlinder, () -> questions.escalate(asked, "", DIRECTOR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asIct(group, () -> questions.answer(asked, "ICT", "ict"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asIct(group, () -> questions.close(asked, "ict"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asDpo(group, () -> questions.ask(vlinder, question("namens de school"), DPO)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void inputIsRefusedWithAMessageKeyAndNothingIsSaved() {
        assertKey(() -> questions.ask(vlinder, new QuestionInput(" ", "tekst", QuestionCategory.ANDERE, QuestionUrgency.NORMAL), DIRECTOR),
                "privacy.question.error.subject");
        assertKey(() -> questions.ask(vlinder, new QuestionInput("x".repeat(201), "tekst", QuestionCategory.ANDERE, QuestionUrgency.NORMAL),
                DIRECTOR), "privacy.question.error.subject-too-long");
        assertKey(() -> questions.ask(vlinder, new QuestionInput("Onderwerp", null, QuestionCategory.ANDERE, QuestionUrgency.NORMAL), DIRECTOR),
                "privacy.question.error.body");
        assertKey(() -> questions.ask(vlinder, new QuestionInput("Onderwerp", "x".repeat(5001), QuestionCategory.ANDERE,
                QuestionUrgency.NORMAL), DIRECTOR), "privacy.question.error.body-too-long");
        assertKey(() -> questions.ask(vlinder, new QuestionInput("Onderwerp", "tekst", null, QuestionUrgency.URGENT), DIRECTOR),
                "privacy.question.error.category");
        assertThat(asDpo(group, questions::questions)).isEmpty();

        PrivacyQuestion asked = ask(vlinder, "Vraag");
        assertThatThrownBy(() -> asDpo(group, () -> questions.answer(asked, "  ", DPO)))
                .isInstanceOf(InvalidInputException.class).hasMessage("privacy.question.error.answer");
        assertThatThrownBy(() -> asDirector(group, vlinder, () -> questions.askAgain(asked, "nog eens", DIRECTOR)))
                .as("an open question is still with the DPO").hasMessage("privacy.question.error.still-open");
        PrivacyQuestion answered = asDpo(group, () -> questions.answer(asked, "Antwoord", DPO));
        assertThatThrownBy(() -> asDpo(group, () -> questions.answer(answered, "Nog een antwoord", DPO)))
                .hasMessage("privacy.question.error.not-open");
        PrivacyQuestion escalated = asDpo(group, () -> questions.escalate(answered, null, DPO));
        assertThat(escalated.escalated()).isTrue();
        assertThat(escalated.escalationNote()).isEmpty();
        assertThatThrownBy(() -> asDpo(group, () -> questions.escalate(escalated, "opnieuw", DPO)))
                .hasMessage("privacy.question.error.escalated");
        assertThatThrownBy(() -> asDpo(group, () -> questions.escalate(escalated, "x".repeat(2001), DPO)))
                .hasMessage("privacy.question.error.note");
        PrivacyQuestion closed = asDpo(group, () -> questions.close(escalated, DPO));
        assertThatThrownBy(() -> asDpo(group, () -> questions.close(closed, DPO))).hasMessage("privacy.question.error.closed");
    }

    @Test
    void aStepOnAnOutdatedVersionIsRefusedAndChangesNothing() {
        PrivacyQuestion asked = ask(vlinder, "Vraag");
        PrivacyQuestion closedByDirector = asDirector(group, vlinder, () -> questions.close(asked, DIRECTOR));

        assertThatThrownBy(() -> asDpo(group, () -> questions.escalate(asked, "te laat", DPO))).isInstanceOf(PlanChangedException.class);
        assertThat(asDpo(group, questions::questions)).singleElement().isEqualTo(closedByDirector);

        PrivacyQuestion reopened = asDirector(group, vlinder, () -> questions.askAgain(closedByDirector, "Toch nog", DIRECTOR));
        PrivacyQuestion answered = asDpo(group, () -> questions.answer(reopened, "Eerste antwoord", DPO));
        assertThatThrownBy(() -> asDirector(group, vlinder, () -> questions.close(reopened, DIRECTOR)))
                .as("closing what one read before the answer").isInstanceOf(PlanChangedException.class);
        assertThat(asDpo(group, questions::questions)).singleElement().isEqualTo(answered);
    }

    private void assertKey(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(() -> asDirector(group, vlinder, () -> {
            try {
                call.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessage(key);
    }
}
