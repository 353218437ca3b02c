package be.taakwijzer.privacy;

import static be.taakwijzer.testsupport.ServiceIsolation.assertMatrixCovers;
import static be.taakwijzer.testsupport.ServiceIsolation.assertRefused;
import static be.taakwijzer.privacy.PrivacyFixtures.activity;
import static be.taakwijzer.privacy.PrivacyFixtures.agreement;
import static be.taakwijzer.privacy.PrivacyFixtures.asDirector;
import static be.taakwijzer.privacy.PrivacyFixtures.asDpo;
import static be.taakwijzer.privacy.PrivacyFixtures.asIct;
import static be.taakwijzer.privacy.PrivacyFixtures.breach;
import static be.taakwijzer.privacy.PrivacyFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import be.taakwijzer.allocation.HistoryService;
import be.taakwijzer.testsupport.RowLevelSecurityChecks;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.testsupport.ServiceIsolation.AsUser;
import be.taakwijzer.testsupport.ServiceIsolation.PeopleOf;

/**
 * The isolation matrix of the privacy services: with data in group A, group B's ICT staff, DPO and a
 * director of B call every public method; they see nothing of A or are refused, and A's data is the same
 * afterwards. Within A, a director never sees or touches another school's questions. And at the SQL
 * level: each privacy table shows no row of another group and takes none.
 */
@SpringBootTest
class PrivacyIsolationTest {

    private static final String INTRUDER = "dpo@zuiderzon.example";

    @Autowired
    PrivacyQuestionService questions;
    @Autowired
    ProcessingRegisterService register;
    @Autowired
    ProcessorAgreementService agreements;
    @Autowired
    DataBreachService breaches;
    @Autowired
    HistoryService history;
    @Autowired
    Clock clock;

    UUID groupA;
    UUID schoolA1;
    UUID schoolA2;
    UUID groupB;
    UUID schoolB;
    PeopleOf peopleOfB;
    GroupData a;

    /** What one group has: its own objects, to pass to B. */
    record GroupData(PrivacyQuestion answered, PrivacyQuestion open, ProcessingActivity forAll, ProcessingActivity chosen,
                     ProcessorAgreement agreement, DataBreach breach) {
    }

    @BeforeEach
    void twoGroups() {
        groupA = TestTenants.createGroup("Scholengroep Noorderlicht");
        schoolA1 = TestTenants.createSchool(groupA, "Basisschool De Vlinder");
        schoolA2 = TestTenants.createSchool(groupA, "Basisschool Het Kompas");
        groupB = TestTenants.createGroup("Scholengroep Zuiderzon");
        schoolB = TestTenants.createSchool(groupB, "Basisschool De Zonnewijzer");
        peopleOfB = new PeopleOf(groupB, schoolB);
        a = populate(groupA, schoolA1, schoolA2);
    }

    /** Fills every privacy table of a group: questions with threads, activities with chosen schools, an agreement, a breach. */
    private GroupData populate(UUID group, UUID school1, UUID school2) {
        PrivacyQuestion asked = asDirector(group, school1, () -> questions.ask(school1, question("Foto's"), "dir1"));
        PrivacyQuestion open = asDirector(group, school2, () -> questions.ask(school2, question("Leverancier"), "dir2"));
        return asDpo(group, () -> {
            PrivacyQuestion answered = questions.escalate(questions.answer(asked, "Met toestemming.", "dpo"), "koepel", "dpo");
            ProcessingActivity forAll = register.add(activity("Leerlingvolgsysteem", true), "dpo");
            ProcessingActivity chosen = register.add(activity("Camerabewaking", false, school2), "dpo");
            ProcessorAgreement agreement = agreements.add(agreement("Leerplatform BV", LocalDate.now(clock).plusDays(20)), "dpo");
            DataBreach breach = breaches.register(breach(OffsetDateTime.now(clock).minusHours(30), school1, school2), "dpo");
            return new GroupData(answered, open, forAll, chosen, agreement, breach);
        });
    }


    private Map<String, Object> snapshotOfA() {
        Map<String, Object> all = new LinkedHashMap<>();
        asDpo(groupA, () -> {
            all.put("questions", questions.questions());
            all.put("activities", register.activities());
            all.put("agreements", agreements.agreements());
            all.put("breaches", breaches.breaches());
            return null;
        });
        all.put("history", asIct(groupA, history::groupHistory));
        return all;
    }

    @Test
    void theMatrixCoversEveryPublicMethodOfThePrivacyServices() {
        Map<Class<?>, Set<String>> covered = Map.of(
                PrivacyQuestionService.class, Set.of("questions", "ask", "answer", "close", "askAgain", "escalate"),
                ProcessingRegisterService.class, Set.of("activities", "add", "change", "remove"),
                ProcessorAgreementService.class, Set.of("agreements", "suppliers", "add", "change", "remove"),
                DataBreachService.class, Set.of("breaches", "deadline", "register", "change", "markReported"));
        assertMatrixCovers(covered);
    }

    @Test
    void groupBSeesNothingOfAInTheReadingMethods() {
        Map<String, Object> before = snapshotOfA();
        assertThat(before).allSatisfy((what, rows) -> assertThat((List<?>) rows).as(what).isNotEmpty());

        for (AsUser b : peopleOfB.all()) {
            assertThat(b.run(register::activities)).isEmpty();
            assertThat(b.run(agreements::agreements)).isEmpty();
            assertThat(b.run(breaches::breaches)).isEmpty();
            // the clock reads only the breach it is given: nothing of A's database
            assertThat(b.run(() -> breaches.deadline(a.breach()))).isEqualTo(BreachDeadline.of(a.breach(), clock));
        }
        assertThat(peopleOfB.dpo(questions::questions)).isEmpty();
        assertThat(peopleOfB.director(questions::questions)).isEmpty();
        assertRefused(() -> peopleOfB.ict(questions::questions));
        assertThat(asIct(groupB, history::groupHistory)).isEmpty();

        assertThat(snapshotOfA()).isEqualTo(before);
    }

    @Test
    void groupBCannotChangeAnythingOfA() {
        Map<String, Object> before = snapshotOfA();
        OffsetDateTime now = OffsetDateTime.now(clock);

        for (AsUser b : peopleOfB.all()) {
            for (UUID school : List.of(schoolA1, schoolA2)) {
                assertRefused(() -> b.run(() -> questions.ask(school, question("Indringer"), INTRUDER)));
                assertRefused(() -> b.run(() -> register.add(activity("Indringer", false, school), INTRUDER)));
                assertRefused(() -> b.run(() -> breaches.register(breach(now, school), INTRUDER)));
            }
            for (PrivacyQuestion question : List.of(a.answered(), a.open())) {
                assertRefused(() -> b.run(() -> questions.answer(question, "overgenomen", INTRUDER)));
                assertRefused(() -> b.run(() -> questions.close(question, INTRUDER)));
                assertRefused(() -> b.run(() -> questions.askAgain(question, "overgenomen", INTRUDER)));
                assertRefused(() -> b.run(() -> questions.escalate(question, "overgenomen", INTRUDER)));
            }
            for (ProcessingActivity activity : List.of(a.forAll(), a.chosen())) {
                assertRefused(() -> b.run(() -> register.change(activity, activity("Overgenomen", true), INTRUDER)));
                assertRefused(() -> b.run(() -> { register.remove(activity, INTRUDER); return null; }));
            }
            assertRefused(() -> b.run(() -> agreements.change(a.agreement(), agreement("Overgenomen", null), INTRUDER)));
            assertRefused(() -> b.run(() -> { agreements.remove(a.agreement(), INTRUDER); return null; }));
            assertRefused(() -> b.run(() -> breaches.change(a.breach(), breach(now, schoolB), INTRUDER)));
            assertRefused(() -> b.run(() -> breaches.markReported(a.breach(), now, INTRUDER)));
        }
        assertThat(snapshotOfA()).isEqualTo(before);

        // what B adds for itself stays B's and shows nowhere in A
        asDpo(groupB, () -> {
            register.add(activity("Leerlingvolgsysteem", true), INTRUDER);
            agreements.add(agreement("Leerplatform BV", null), INTRUDER);
            return breaches.register(breach(now, schoolB), INTRUDER);
        });
        asDirector(groupB, schoolB, () -> questions.ask(schoolB, question("Eigen vraag"), INTRUDER));
        assertThat(snapshotOfA()).isEqualTo(before);
    }

    @Test
    void aDirectorOfTheSameGroupNeverSeesOrTouchesAnotherSchoolsQuestions() {
        Map<String, Object> before = snapshotOfA();
        assertThat(asDirector(groupA, schoolA1, questions::questions)).extracting(PrivacyQuestion::id).containsExactly(a.answered().id());
        assertThat(asDirector(groupA, schoolA2, questions::questions)).extracting(PrivacyQuestion::id).containsExactly(a.open().id());
        assertThat(asDirector(groupA, schoolA1, register::activities)).extracting(ProcessingActivity::id).containsExactly(a.forAll().id());
        assertRefused(() -> asDirector(groupA, schoolA1, () -> questions.close(a.open(), "dir1")));
        assertRefused(() -> asDirector(groupA, schoolA2, () -> questions.askAgain(a.answered(), "ook wij", "dir2")));
        assertRefused(() -> asDirector(groupA, schoolA1, () -> questions.ask(schoolA2, question("namens"), "dir1")));
        assertRefused(() -> asDirector(groupA, schoolA1, () -> breaches.register(breach(OffsetDateTime.now(clock), schoolA2), "dir1")));
        assertThat(snapshotOfA()).isEqualTo(before);
    }

    // ---- the database itself

    private static final List<String> TABLES = List.of("privacy_question", "privacy_question_message", "processing_activity",
            "processing_activity_school", "processor_agreement", "data_breach", "data_breach_school");

    @Test
    void eachPrivacyTableShowsNoRowOfAnotherGroupAndTakesNoneForIt() {
        UUID schoolB2 = TestTenants.createSchool(groupB, "Basisschool De Zonnewijzer II");
        UUID schoolB3 = TestTenants.createSchool(groupB, "Basisschool De Zonnewijzer III");
        GroupData b = populate(groupB, schoolB, schoolB2);

        Map<String, Long> rowsOfB = RowLevelSecurityChecks.countsPerTable(TABLES, groupB, groupB);
        assertThat(rowsOfB).as("B has rows in every table, so that a leak would show").allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        assertThat(RowLevelSecurityChecks.countsPerTable(TABLES, groupA, groupB)).as("B's rows as seen by A").allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(RowLevelSecurityChecks.countsPerTable(TABLES, groupA, null)).as("every row A sees is A's")
                .isEqualTo(RowLevelSecurityChecks.countsPerTable(TABLES, groupA, groupA)).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());

        Map<String, Function<UUID, String>> inserts = new LinkedHashMap<>();
        inserts.put("privacy_question", t -> "insert into privacy_question (tenant_id, school_id, subject, category, urgency, status, asked_by) "
                + "values ('" + t + "', '" + schoolB + "', 'Indringer', 'ANDERE', 'NORMAL', 'OPEN', 'indringer')");
        inserts.put("privacy_question_message", t -> "insert into privacy_question_message (tenant_id, question_id, kind, author, body) "
                + "values ('" + t + "', '" + b.open().id() + "', 'ANSWER', 'indringer', 'tekst')");
        inserts.put("processing_activity", t -> "insert into processing_activity (tenant_id, name, purpose, legal_basis, data_subjects, "
                + "personal_data, retention, all_schools) values ('" + t + "', 'Indringer', 'doel', 'TOESTEMMING', 'x', 'y', 'z', true)");
        inserts.put("processing_activity_school", t -> "insert into processing_activity_school (tenant_id, activity_id, school_id) "
                + "values ('" + t + "', '" + b.chosen().id() + "', '" + schoolB + "')");
        inserts.put("processor_agreement", t -> "insert into processor_agreement (tenant_id, processor_name, status) "
                + "values ('" + t + "', 'Indringer', 'DRAFT')");
        inserts.put("data_breach", t -> "insert into data_breach (tenant_id, discovered_at, nature, data_affected, registered_by) "
                + "values ('" + t + "', now(), 'x', 'y', 'indringer')");
        inserts.put("data_breach_school", t -> "insert into data_breach_school (tenant_id, breach_id, school_id) "
                + "values ('" + t + "', '" + b.breach().id() + "', '" + schoolB3 + "')");
        assertThat(inserts.keySet()).containsExactlyElementsOf(TABLES);

        RowLevelSecurityChecks.assertInsertsIsolated(groupA, groupB, inserts, List.of("privacy_question", "privacy_question_message", "processing_activity_school", "data_breach_school"));
        assertThat(RowLevelSecurityChecks.countsPerTable(TABLES, groupB, groupB)).as("B unchanged").isEqualTo(rowsOfB);
    }

}
