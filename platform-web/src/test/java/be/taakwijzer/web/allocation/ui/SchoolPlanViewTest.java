package be.taakwijzer.web.allocation.ui;

import static be.taakwijzer.web.allocation.ui.PlanViewFixture.actionOf;
import static be.taakwijzer.web.allocation.ui.PlanViewFixture.grid;
import static be.taakwijzer.web.allocation.ui.PlanViewFixture.person;
import static be.taakwijzer.web.allocation.ui.PlanViewFixture.select;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import be.taakwijzer.allocation.AllocationInput;
import be.taakwijzer.allocation.AllocationShare;
import be.taakwijzer.allocation.CentralTask;
import be.taakwijzer.allocation.CentralTaskInput;
import be.taakwijzer.allocation.CentralTaskService;
import be.taakwijzer.allocation.CentralTaskStatus;
import be.taakwijzer.allocation.PersonRole;
import be.taakwijzer.allocation.SchoolPerson;
import be.taakwijzer.allocation.SchoolPlan;
import be.taakwijzer.allocation.SchoolPlanService;
import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.SchoolYearService;
import be.taakwijzer.allocation.TaskState;
import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.catalogue.FundingSource;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.ui.i18n.LanguageSwitcher;
import be.taakwijzer.ui.i18n.TaakwijzerI18NProvider;
import be.taakwijzer.web.testsupport.WebViewTest;

/** A school's page: its address, the plan, people, allocation with warnings, conflicts, notices, history. */
@SpringBootTest
class SchoolPlanViewTest extends WebViewTest {

    @Autowired
    SchoolPlanService plans;
    @Autowired
    CentralTaskService centralTasks;
    @Autowired
    SchoolYearService years;

    UUID group;
    UUID vlinder;
    UUID kompas;
    UUID otherGroupsSchool;

    @BeforeEach
    void schools() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");
        kompas = TestTenants.createSchool(group, "Basisschool Het Kompas");
        otherGroupsSchool = TestTenants.createSchool(TestTenants.createGroup("Scholengroep Zuiderzon"), "Basisschool De Zonnewijzer");
    }

    @Test
    void aDirectorSeesAndOpensOnlyTheirOwnSchool() {
        loginAs(StaffRole.SCHOOL_DIRECTOR, vlinder);
        UI.getCurrent().navigate("scholen");
        assertThat(_size(grid("school-grid"))).isEqualTo(1);

        UI.getCurrent().navigate("scholen/" + vlinder);
        assertThat(_get(H2.class, spec -> spec.withId("school-title")).getText()).isEqualTo("Basisschool De Vlinder");

        UI.getCurrent().navigate("scholen/" + kompas);
        assertThat(_get(H2.class, spec -> spec.withId("access-denied-title")).getText()).isEqualTo("Geen toegang tot deze pagina");
        _assertNone(SchoolPlanView.class);

        // another group's school: the same refusal, which tells nothing about whether it exists
        UI.getCurrent().navigate("scholen/" + otherGroupsSchool);
        assertThat(_get(H2.class, spec -> spec.withId("access-denied-title")).getText()).isEqualTo("Geen toegang tot deze pagina");
        _assertNone(SchoolPlanView.class);
    }

    @Test
    void groupStaffOpenEverySchoolOfTheGroupAndNoneOfAnother() {
        loginAs(StaffRole.GROUP_ICT_STAFF, null);
        UI.getCurrent().navigate("scholen");
        assertThat(_size(grid("school-grid"))).isEqualTo(2);

        UI.getCurrent().navigate("scholen/" + kompas);
        assertThat(_get(H2.class, spec -> spec.withId("school-title")).getText()).isEqualTo("Basisschool Het Kompas");

        UI.getCurrent().navigate("scholen/" + otherGroupsSchool);
        _assertNone(SchoolPlanView.class);
        assertThat(_get(H2.class, spec -> spec.withId("not-found-title")).getText()).isEqualTo("Deze pagina bestaat niet");

        UI.getCurrent().navigate("scholen/geen-id");
        assertThat(_get(H2.class, spec -> spec.withId("not-found-title"))).isNotNull();
    }

    @Test
    void aDirectorAddsAPersonAndGivesThemACoreTaskAndTheWarningsFollow() {
        loginAs(StaffRole.SCHOOL_DIRECTOR, vlinder);
        UI.getCurrent().navigate("scholen/" + vlinder);
        assertThat(warningsTitle()).isEqualTo("Waarschuwingen (25)");

        showTab(1);
        _click(_get(Button.class, spec -> spec.withId("person-add")));
        _get(TextField.class, spec -> spec.withId("person-name")).setValue("Bram Verzonnen");
        PlanViewFixture.<PersonRole>select("person-role").setValue(PersonRole.PEDAGOGISCH_ICT_COORDINATOR);
        _get(BigDecimalField.class, spec -> spec.withId("person-hours-BPT_UREN")).setValue(new BigDecimal("40"));
        _click(_get(Button.class, spec -> spec.withId("person-save")));
        expectNotifications("Bram Verzonnen is opgeslagen.");
        Grid<SchoolPerson> people = grid("plan-people-grid");
        assertThat(_size(people)).isEqualTo(1);

        showTab(0);
        allocateInDialog("PED_CORE_01", "30");
        expectNotifications("De verdeling van \"Ondersteunen van leerkrachten bij de ICT-integratie in de klas en vakoverschrijdende werking\" is opgeslagen.");

        SchoolPlan saved = plans.plan(vlinder, years.current()).orElseThrow();
        assertThat(saved.state("PED_CORE_01")).isEqualTo(TaskState.ALLOCATED);
        assertThat(saved.allocation("PED_CORE_01").orElseThrow().shares().getFirst().hours()).isEqualByComparingTo("30");
        // one core task fewer without anyone; Bram has no pedagogical competence, and the cluster rests on him
        assertThat(warningsTitle()).isEqualTo("Waarschuwingen (26)");
        assertThat(warningsText()).contains("24 kerntaken hebben nog niemand", "Bram Verzonnen heeft geen competentie van de cluster Pedagogisch-didactische taken",
                "De cluster Pedagogisch-didactische taken rust helemaal op één persoon: Bram Verzonnen.");
    }

    @Test
    void moreHoursThanAvailableMustBeConfirmedAndNegativeHoursAreRefusedAtTheField() {
        loginAs(StaffRole.SCHOOL_DIRECTOR, vlinder);
        SchoolPlan plan = plans.addPerson(vlinder, years.current(), 0,
                person("Ann Voorbeeld", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", 10, "TECH_TECHNISCHE_KENNIS"), "directeur");
        UI.getCurrent().navigate("scholen/" + vlinder);

        allocateInDialog("TECH_CORE_01", "-5");
        BigDecimalField hours = _get(BigDecimalField.class, spec -> spec.withId("share-hours-0"));
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).isEqualTo("Het aantal uren kan niet negatief zijn.");
        assertThat(plans.plan(vlinder, years.current()).orElseThrow().allocations()).isEmpty();

        hours.setValue(new BigDecimal("25"));
        _click(_get(Button.class, spec -> spec.withId("allocation-save")));
        ConfirmDialog question = _get(ConfirmDialog.class, spec -> spec.withId("allocation-confirm"));
        assertThat(plans.plan(vlinder, years.current()).orElseThrow().allocations()).as("nothing saved before the confirmation").isEmpty();
        _fireConfirm(question);

        SchoolPlan saved = plans.plan(vlinder, years.current()).orElseThrow();
        assertThat(saved.version()).isEqualTo(plan.version() + 1);
        assertThat(saved.state("TECH_CORE_01")).isEqualTo(TaskState.ALLOCATED);
        assertThat(warningsText()).contains("Ann Voorbeeld krijgt 25 u ICT-uren, maar heeft er maar 10 u beschikbaar.");
    }

    @Test
    void whenSomeoneElseChangedThePlanTheSecondSaveIsRefusedExplainedAndThePageReloaded() {
        loginAs(StaffRole.GROUP_ICT_STAFF, null);
        plans.addPerson(vlinder, years.current(), 0, person("Ann Voorbeeld", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", 100), "ict");
        UI.getCurrent().navigate("scholen/" + vlinder);

        // meanwhile the director gives the same task to Ann (another session, same plan)
        SchoolPlan meanwhile = plans.plan(vlinder, years.current()).orElseThrow();
        UUID ann = meanwhile.people().getFirst().id();
        plans.allocate(vlinder, years.current(), meanwhile.version(),
                new AllocationInput("TECH_CORE_03", "door de directeur", List.of(new AllocationShare(ann, new BigDecimal("12"), "ICT_UREN"))),
                false, "directeur");

        allocateInDialog("TECH_CORE_03", "40");
        expectNotifications("Iemand anders heeft dit intussen gewijzigd. We hebben de pagina opnieuw geladen met de huidige gegevens; "
                + "je wijziging is niet opgeslagen. Kijk ze na en probeer het nog eens.");
        SchoolPlan now = plans.plan(vlinder, years.current()).orElseThrow();
        assertThat(now.allocation("TECH_CORE_03").orElseThrow().note()).isEqualTo("door de directeur");
        assertThat(now.allocation("TECH_CORE_03").orElseThrow().shares().getFirst().hours()).isEqualByComparingTo("12");
        // the page shows the plan as it is now, and a new attempt on it goes through
        allocateInDialog("TECH_CORE_03", "40");
        assertThat(plans.plan(vlinder, years.current()).orElseThrow().allocation("TECH_CORE_03").orElseThrow().shares().getFirst().hours())
                .isEqualByComparingTo("40");
    }

    @Test
    void aCentralTaskIsCoveredAndWhenTheGroupStopsItTheSchoolReadsANotice() {
        loginAs(StaffRole.GROUP_ICT_STAFF, null);
        CentralTask backup = centralTasks.add(years.current(), new CentralTaskInput("TECH_CORE_09", "SCHOLENGROEP", null,
                new BigDecimal("80"), "ICT_UREN", CentralTaskStatus.ACTIVE, "", false, Set.of(vlinder)), "ict");
        loginAs(StaffRole.SCHOOL_DIRECTOR, vlinder);
        UI.getCurrent().navigate("scholen/" + vlinder);
        Button allocate = (Button) actionOf(PlanViewFixture.<CatalogueTask>grid("plan-task-grid"), task -> task.code().equals("TECH_CORE_09"));
        assertThat(allocate.isEnabled()).as("a centrally covered task is not planned again").isFalse();

        loginAs(StaffRole.GROUP_ICT_STAFF, null);
        centralTasks.change(backup, new CentralTaskInput("TECH_CORE_09", "SCHOLENGROEP", null, new BigDecimal("80"), "ICT_UREN",
                CentralTaskStatus.STOPPED, "", false, Set.of(vlinder)), "ict");
        loginAs(StaffRole.SCHOOL_DIRECTOR, vlinder);
        UI.getCurrent().navigate("scholen/" + vlinder);
        Div notices = _get(Div.class, spec -> spec.withId("plan-notices"));
        assertThat(notices.getElement().getTextRecursively())
                .contains("De scholengroep neemt \"Implementeren en opvolgen van een back-upstrategie inclusief archivering\" niet langer centraal op");
        allocate = (Button) actionOf(PlanViewFixture.<CatalogueTask>grid("plan-task-grid"), task -> task.code().equals("TECH_CORE_09"));
        assertThat(allocate.isEnabled()).isTrue();

        _click(_get(Button.class, spec -> spec.withId("notice-read-TECH_CORE_09")));
        assertThat(_get(Div.class, spec -> spec.withId("plan-notices")).getElement().getTextRecursively()).isEmpty();
        assertThat(plans.plan(vlinder, years.current()).orElseThrow().notices()).isEmpty();
    }

    @Test
    void theHistoryTabShowsWhoChangedWhatAndThePageSpeaksEnglish() {
        loginAs(StaffRole.SCHOOL_DIRECTOR, vlinder);
        plans.addPerson(vlinder, years.current(), 0, person("Ann Voorbeeld", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", 100),
                "directeur.vlinder@noorderlicht.example");
        UI.getCurrent().navigate("scholen/" + vlinder);
        showTab(2);
        Grid<?> history = grid("history-grid");
        assertThat(_size(history)).isEqualTo(1);

        LanguageSwitcher.switchTo(TaakwijzerI18NProvider.ENGLISH);
        assertThat(warningsTitle()).isEqualTo("Warnings (25)");
        assertThat(warningsText()).contains("25 core tasks have nobody yet");
    }

    @Test
    void theDirectorDownloadsThePlanAsExcelCsvAndAPdfInTheirLanguage() throws Exception {
        loginAs(StaffRole.SCHOOL_DIRECTOR, vlinder);
        SchoolPlan plan = plans.addPerson(vlinder, years.current(), 0,
                person("Ann Voorbeeld", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", 100), "directeur");
        plans.allocate(vlinder, years.current(), plan.version(), new AllocationInput("TECH_CORE_03", "",
                List.of(new AllocationShare(plan.people().getFirst().id(), new BigDecimal("12"), "ICT_UREN"))), false, "directeur");
        UI.getCurrent().navigate("scholen/" + vlinder);

        byte[] xlsx = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("export-plan-xlsx")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Taken");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("Taak");
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Ann Voorbeeld");
        }
        String csv = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("export-plan-csv"))), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFCluster;Niveau;Taak;Stand;Wie;Rol;Uren per jaar;Middelen;Opmerking")
                .contains("Realisatie en onderhoud van helpdesk;Toegewezen;Ann Voorbeeld;Technisch ICT-coördinator;12;ICT-uren");
        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("export-plan-pdf")));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        LanguageSwitcher.switchTo(TaakwijzerI18NProvider.ENGLISH);
        String english = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("export-plan-csv"))), StandardCharsets.UTF_8);
        assertThat(english).startsWith("\uFEFFCluster;Level;Task;State;Who;Role;Hours per year;Funding;Note")
                .contains("Setting up and maintaining a helpdesk;Allocated;Ann Voorbeeld;Technical ICT coordinator;12;ICT hours");
    }

    @Test
    void aSchoolWithNothingYetThisYearTakesOverLastYearsPlanAndSwitchesYears() {
        loginAs(StaffRole.GROUP_ICT_STAFF, null);
        SchoolYear now = years.current();
        SchoolYear next = years.startNextYear(false, "ict");
        SelectedSchoolYear.set(next);
        plans.addPerson(vlinder, now, 0, person("Ann Voorbeeld", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", 100), "ict");

        loginAs(StaffRole.SCHOOL_DIRECTOR, vlinder);
        UI.getCurrent().navigate("scholen/" + vlinder);
        assertThat(PlanViewFixture.<SchoolYear>select("school-year").getValue()).isEqualTo(next);
        _click(_get(Button.class, spec -> spec.withId("plan-copy-previous")));

        expectNotifications("De mensen en de verdeling van vorig schooljaar zijn overgenomen.");
        assertThat(plans.plan(vlinder, next).orElseThrow().people()).extracting(SchoolPerson::name).containsExactly("Ann Voorbeeld");
        _assertNone(Button.class, spec -> spec.withId("plan-copy-previous"));

        Select<SchoolYear> year = select("school-year");
        year.setValue(now);
        assertThat(_get(H3.class, spec -> spec.withId("plan-warnings-title")).getText()).isEqualTo("Waarschuwingen (25)");
    }

    @Test
    void theDpoReadsAPlanButCannotChangeIt() {
        loginAs(StaffRole.GROUP_DPO, null);
        UI.getCurrent().navigate("scholen/" + vlinder);
        assertThat(_get(H2.class, spec -> spec.withId("school-title")).getText()).isEqualTo("Basisschool De Vlinder");
        _assertNone(Button.class, spec -> spec.withId("person-add"));
        assertThat(PlanViewFixture.<CatalogueTask>grid("plan-task-grid").getColumnByKey("actions")).isNull();
    }

    private void allocateInDialog(String taskCode, String hours) {
        Button allocate = (Button) actionOf(PlanViewFixture.<CatalogueTask>grid("plan-task-grid"), task -> task.code().equals(taskCode));
        _click(allocate);
        Select<SchoolPerson> person = select("share-person-0");
        person.setValue(person.getListDataView().getItems().findFirst().orElseThrow());
        Select<FundingSource> funding = select("share-funding-0");
        String code = person.getValue().availableHours().keySet().stream().findFirst().orElse("ICT_UREN");
        funding.setValue(funding.getListDataView().getItems().filter(f -> f.code().equals(code)).findFirst().orElseThrow());
        _get(BigDecimalField.class, spec -> spec.withId("share-hours-0")).setValue(new BigDecimal(hours));
        _click(_get(Button.class, spec -> spec.withId("allocation-save")));
    }

    private static void showTab(int index) {
        _get(TabSheet.class, spec -> spec.withId("plan-tabs")).setSelectedIndex(index);
    }

    private static String warningsTitle() {
        return _get(H3.class, spec -> spec.withId("plan-warnings-title")).getText();
    }

    private static String warningsText() {
        return _get(Div.class, spec -> spec.withId("plan-warnings")).getElement().getTextRecursively();
    }

    private void loginAs(StaffRole role, UUID school) {
        loginAsStaff(group, role, school, "Testpersoon");
    }
}
