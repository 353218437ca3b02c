package be.taakwijzer.web.privacy.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import be.taakwijzer.privacy.SupplierDirectory;
import be.taakwijzer.purchasing.SupplierInput;
import com.vaadin.flow.component.combobox.ComboBox;
import be.taakwijzer.privacy.AgreementStatus;
import be.taakwijzer.privacy.DataBreach;
import be.taakwijzer.privacy.DataBreachInput;
import be.taakwijzer.privacy.DataBreachService;
import be.taakwijzer.privacy.LegalBasis;
import be.taakwijzer.privacy.PrivacyQuestion;
import be.taakwijzer.privacy.PrivacyQuestionService;
import be.taakwijzer.privacy.ProcessingActivity;
import be.taakwijzer.privacy.ProcessingActivityInput;
import be.taakwijzer.privacy.ProcessingRegisterService;
import be.taakwijzer.privacy.ProcessorAgreementInput;
import be.taakwijzer.privacy.ProcessorAgreementService;
import be.taakwijzer.privacy.QuestionCategory;
import be.taakwijzer.privacy.QuestionInput;
import be.taakwijzer.privacy.QuestionStatus;
import be.taakwijzer.privacy.QuestionUrgency;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.web.testsupport.WebViewTest;

@SpringBootTest
class PrivacyViewTest extends WebViewTest {

    private static final int QUESTIONS = 0;
    private static final int REGISTER = 1;
    private static final int AGREEMENTS = 2;
    private static final int BREACHES = 3;

    @Autowired
    PrivacyQuestionService questions;
    @Autowired
    ProcessingRegisterService register;
    @Autowired
    ProcessorAgreementService agreements;
    @Autowired
    DataBreachService breaches;
    @Autowired
    Clock clock;

    UUID group;
    UUID vlinder;
    UUID kompas;

    @BeforeEach
    void groupWithSchools() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");
        kompas = TestTenants.createSchool(group, "Basisschool Het Kompas");
    }

    /**
     * Prepares data as another person: logs in as them (Karibu's session keeps its own security
     * context once a real server ran in this JVM), so a test logs in as its own person afterwards.
     */
    private <T> T asDirectorOf(UUID school, Supplier<T> work) {
        loginAsStaff(group, StaffRole.SCHOOL_DIRECTOR, school, "Directeur");
        return work.get();
    }

    private <T> T asDpo(Supplier<T> work) {
        loginAsStaff(group, StaffRole.GROUP_DPO, null, "DPO");
        return work.get();
    }

    private PrivacyQuestion ask(UUID school, String subject) {
        return asDirectorOf(school, () -> questions.ask(school, new QuestionInput(subject, "Mag dit?", QuestionCategory.TOESTEMMING,
                QuestionUrgency.URGENT), "directeur@school.example"));
    }

    /** As the person logged in: Karibu's session keeps its own security context. */
    private PrivacyQuestion byId(UUID id) {
        return questions.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    private static ProcessingActivityInput activity(String name, boolean all, UUID... schools) {
        return new ProcessingActivityInput(name, "doel", LegalBasis.ALGEMEEN_BELANG, "leerlingen", "naam", "", "", "",
                "5 jaar", "", all, Set.of(schools));
    }

    @Autowired
    be.taakwijzer.purchasing.SupplierService purchasingSuppliers;

    private static void tab(int index) {
        _get(TabSheet.class, spec -> spec.withId("privacy-tabs")).setSelectedIndex(index);
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    /** The button with this id in the actions cell of the row. */
    private static <T> Button action(Grid<T> grid, int row, String id) {
        Component cell = _getCellComponent(grid, row, "actions");
        return cell.getChildren().filter(c -> c.getId().orElse("").equals(id)).map(Button.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + id));
    }

    /** The text of the badge in a cell (the first one, for a cell with several). */
    private static <T> String badge(Grid<T> grid, T item, String key) {
        int row = grid.getGenericDataView().getItems().toList().indexOf(item);
        Component cell = _getCellComponent(grid, row, key);
        Component first = cell instanceof Span ? cell : cell.getChildren().findFirst().orElseThrow();
        return ((Span) first).getText();
    }

    private static boolean hasAction(Grid<?> grid, int row, String id) {
        return _getCellComponent(grid, row, "actions").getChildren().anyMatch(c -> c.getId().orElse("").equals(id));
    }

    @Test
    void aDirectorAsksAQuestionAndSeesOnlyTheirOwnSchoolsQuestions() {
        ask(kompas, "Vraag van Het Kompas");
        loginAsStaff(group, StaffRole.SCHOOL_DIRECTOR, vlinder, "Directeur Vlinder");
        UI.getCurrent().navigate(PrivacyView.class);
        Grid<PrivacyQuestion> grid = grid("question-grid");
        assertThat(_size(grid)).as("another school's question, of the same group").isZero();

        _click(_get(Button.class, spec -> spec.withId("privacy-ask")));
        _click(_get(Button.class, spec -> spec.withId("question-dialog-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("question-dialog-problem")).getText())
                .as("refused in the form, which stays open").isEqualTo("Geef je vraag een onderwerp.");
        _get(TextField.class, spec -> spec.withId("question-subject")).setValue("Foto's op de website");
        _get(TextArea.class, spec -> spec.withId("question-body")).setValue("Mogen we foto's van het schoolfeest online zetten?");
        _click(_get(Button.class, spec -> spec.withId("question-dialog-save")));

        expectNotifications("Je vraag is verstuurd naar de DPO.");
        assertThat(_size(grid)).isEqualTo(1);
        PrivacyQuestion asked = grid.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(asked.subject()).isEqualTo("Foto's op de website");
        assertThat(asked.schoolId()).isEqualTo(vlinder);
        assertThat(badge(grid, asked, "status")).isEqualTo("Open");
        assertThat(hasAction(grid, 0, "question-answer-" + asked.id())).as("only the DPO answers").isFalse();
        assertThat(hasAction(grid, 0, "question-ask-again-" + asked.id())).as("still with the DPO").isFalse();
        assertThat(questions.questions()).as("what the director's services give").containsExactly(asked);
    }

    @Test
    void aDirectorReadsTheActivitiesOfTheirSchoolAndReportsABreachOfIt() {
        asDpo(() -> register.add(activity("Leerlingvolgsysteem", true), "dpo"));
        asDpo(() -> register.add(activity("Camerabewaking", false, kompas), "dpo"));
        loginAsStaff(group, StaffRole.SCHOOL_DIRECTOR, vlinder, "Directeur Vlinder");
        UI.getCurrent().navigate(PrivacyView.class);

        tab(REGISTER);
        assertThat(grid("activity-grid").getGenericDataView().getItems().map(a -> ((ProcessingActivity) a).name()))
                .containsExactly("Leerlingvolgsysteem");
        _assertNone(Button.class, spec -> spec.withId("activity-add"));

        tab(BREACHES);
        _click(_get(Button.class, spec -> spec.withId("breach-add")));
        _get(TextArea.class, spec -> spec.withId("breach-nature")).setValue("Laptop met rapporten gestolen uit de auto");
        _get(TextArea.class, spec -> spec.withId("breach-data")).setValue("rapporten van het vijfde leerjaar");
        _click(_get(Button.class, spec -> spec.withId("breach-dialog-save")));

        expectNotifications("Het datalek is geregistreerd. De DPO volgt het op.");
        Grid<DataBreach> grid = grid("breach-grid");
        DataBreach reported = grid.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(reported.schoolIds()).containsExactly(vlinder);
        assertThat(badge(grid, reported, "report")).matches("Nog 7[12] uur om te melden");
        assertThat(_get(Paragraph.class, spec -> spec.withId("breach-warning")).getText())
                .isEqualTo("Let op: 1 datalek(ken) moeten nog gemeld worden aan de toezichthouder.");
        _assertNone(Button.class, spec -> spec.withId("breach-reported-" + reported.id()));
    }

    @Test
    void theDpoAnswersAndPassesOnAQuestionOfAnySchool() {
        PrivacyQuestion ofKompas = ask(kompas, "Camera aan de poort");
        ask(vlinder, "Nieuwsbrief");
        loginAsStaff(group, StaffRole.GROUP_DPO, null, "DPO Noorderlicht");
        UI.getCurrent().navigate(PrivacyView.class);
        Grid<PrivacyQuestion> grid = grid("question-grid");
        assertThat(_size(grid)).isEqualTo(2);
        int row = grid.getGenericDataView().getItems().toList().indexOf(ofKompas);

        _click(action(grid, row, "question-answer-" + ofKompas.id()));
        _get(TextArea.class, spec -> spec.withId("privacy-text")).setValue("Ja, met een pictogram aan de ingang.");
        _click(_get(Button.class, spec -> spec.withId("privacy-text-dialog-save")));
        expectNotifications("Je antwoord is verstuurd naar de school.");
        PrivacyQuestion answered = byId(ofKompas.id());
        assertThat(answered.status()).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(answered.latestAnswer().orElseThrow().body()).isEqualTo("Ja, met een pictogram aan de ingang.");
        assertThat(badge(grid, answered, "status")).isEqualTo("Beantwoord");

        row = grid.getGenericDataView().getItems().map(PrivacyQuestion::id).toList().indexOf(ofKompas.id());
        _click(action(grid, row, "question-escalate-" + ofKompas.id()));
        _get(TextArea.class, spec -> spec.withId("privacy-text")).setValue("Juridisch advies van de koepel gevraagd.");
        _click(_get(Button.class, spec -> spec.withId("privacy-text-dialog-save")));
        expectNotifications("De vraag staat genoteerd als doorgegeven aan de DPO-dienst van de koepel.");
        assertThat(byId(ofKompas.id()).escalationNote()).isEqualTo("Juridisch advies van de koepel gevraagd.");
        assertThat(hasAction(grid, row, "question-escalate-" + ofKompas.id())).as("once").isFalse();

        _click(action(grid, row, "question-close-" + ofKompas.id()));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("privacy-confirm")));
        assertThat(byId(ofKompas.id()).status()).isEqualTo(QuestionStatus.CLOSED);
    }

    @Test
    void theDpoSeesAgreementsThatExpireAndReportsAnOverdueBreach() {
        LocalDate today = LocalDate.now(clock);
        asDpo(() -> agreements.add(new ProcessorAgreementInput("Leerplatform BV", null, "Leerplatform", AgreementStatus.SIGNED,
                today.minusYears(2), today.plusDays(20), null, ""), "dpo"));
        asDpo(() -> agreements.add(new ProcessorAgreementInput("Fotograaf NV", null, "Klasfoto's", AgreementStatus.SIGNED,
                today.minusYears(3), today.minusDays(3), null, ""), "dpo"));
        DataBreach late = asDpo(() -> breaches.register(new DataBreachInput(OffsetDateTime.now(clock).minusHours(80).minusMinutes(5),
                "E-mail met punten naar verkeerde ouders", "punten", 12, Set.of(vlinder, kompas), "", true, null), "dpo"));
        loginAsStaff(group, StaffRole.GROUP_DPO, null, "DPO Noorderlicht");
        UI.getCurrent().navigate(PrivacyView.class);

        tab(AGREEMENTS);
        assertThat(_get(Paragraph.class, spec -> spec.withId("agreement-warning")).getText())
                .isEqualTo("Let op: 1 overeenkomst(en) lopen binnen 60 dagen af en 1 overeenkomst(en) zijn verlopen.");
        Grid<be.taakwijzer.privacy.ProcessorAgreement> agreementGrid = grid("agreement-grid");
        assertThat(agreementGrid.getGenericDataView().getItems().map(a -> badge(agreementGrid, a, "state")))
                .containsExactly("Verlopen", "Loopt binnenkort af");

        tab(BREACHES);
        Grid<DataBreach> breachGrid = grid("breach-grid");
        assertThat(badge(breachGrid, late, "report")).isEqualTo("Te laat gemeld (8 uur over de termijn)");
        _click(action(breachGrid, 0, "breach-reported-" + late.id()));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("privacy-confirm")));
        DataBreach reported = breachGrid.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(reported.reported()).isTrue();
        assertThat(badge(breachGrid, reported, "report")).startsWith("Laattijdig gemeld op ");
        _assertNone(Paragraph.class, spec -> spec.withId("breach-warning"));
    }

    @Test
    void theDpoKeepsTheRegister() {
        loginAsStaff(group, StaffRole.GROUP_DPO, null, "DPO Noorderlicht");
        UI.getCurrent().navigate(PrivacyView.class);
        tab(REGISTER);
        _click(_get(Button.class, spec -> spec.withId("activity-add")));
        _get(TextField.class, spec -> spec.withId("activity-name")).setValue("Schoolwebsite met foto's");
        _get(TextArea.class, spec -> spec.withId("activity-purpose")).setValue("De school voorstellen");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<LegalBasis> basis = _get(com.vaadin.flow.component.select.Select.class,
                spec -> spec.withId("activity-legal-basis"));
        basis.setValue(LegalBasis.TOESTEMMING);
        _get(TextArea.class, spec -> spec.withId("activity-data-subjects")).setValue("leerlingen");
        _get(TextArea.class, spec -> spec.withId("activity-personal-data")).setValue("foto's");
        _get(TextArea.class, spec -> spec.withId("activity-retention")).setValue("tot intrekking van de toestemming");
        _get(TextArea.class, spec -> spec.withId("activity-transfers")).setValue("Verenigde Staten");
        _click(_get(Button.class, spec -> spec.withId("activity-dialog-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("activity-dialog-problem")).getText()).startsWith("Gaan er gegevens buiten de EER");
        _get(TextArea.class, spec -> spec.withId("activity-safeguards")).setValue("modelcontractbepalingen");
        _click(_get(Button.class, spec -> spec.withId("activity-dialog-save")));

        expectNotifications("\"Schoolwebsite met foto's\" is opgeslagen.");
        assertThat(register.activities()).singleElement().satisfies(a -> {
            assertThat(a.transfers()).isEqualTo("Verenigde Staten");
            assertThat(a.allSchools()).isTrue();
        });
    }

    @Test
    void theDpoLinksAnAgreementToASupplierOfThePurchasingWorkspace() {
        loginAsStaff(group, StaffRole.GROUP_ICT_STAFF, null, "ICT Noorderlicht");
        purchasingSuppliers.add(new SupplierInput("Bitwerk bv (fictief)", null, null, ""), "ict");
        loginAsStaff(group, StaffRole.GROUP_DPO, null, "DPO Noorderlicht");
        UI.getCurrent().navigate(PrivacyView.class);
        tab(AGREEMENTS);
        _click(_get(Button.class, spec -> spec.withId("agreement-add")));
        _get(TextField.class, spec -> spec.withId("agreement-processor")).setValue("Bitwerk bv");
        @SuppressWarnings("unchecked")
        ComboBox<SupplierDirectory.SupplierName> supplier = _get(ComboBox.class, spec -> spec.withId("agreement-purchasing-supplier"));
        supplier.setValue(supplier.getListDataView().getItems().findFirst().orElseThrow());
        _assertNone(TextField.class, spec -> spec.withId("agreement-supplier")); // no free text beside a link
        _click(_get(Button.class, spec -> spec.withId("agreement-dialog-save")));

        assertThat(agreements.agreements()).singleElement().satisfies(a -> {
            assertThat(a.supplierName()).isEqualTo("Bitwerk bv (fictief)");
            assertThat(a.supplierId()).isNotNull();
        });
    }

    @Test
    void groupIctStaffReadTheRegistersButNotTheQuestions() {
        ask(vlinder, "Vertrouwelijke vraag");
        asDpo(() -> register.add(activity("Personeelsadministratie", true), "dpo"));
        loginAsStaff(group, StaffRole.GROUP_ICT_STAFF, null, "ICT Noorderlicht");
        UI.getCurrent().navigate(PrivacyView.class);
        _assertNone(Grid.class, spec -> spec.withId("question-grid"));
        assertThat(_get(TabSheet.class, spec -> spec.withId("privacy-tabs")).getTabCount()).isEqualTo(3);
        assertThat(_size(grid("activity-grid"))).isEqualTo(1);
        _assertNone(Button.class, spec -> spec.withId("activity-add"));
        _assertNone(Button.class, spec -> spec.withId("breach-add"));
    }
}
