package be.taakwijzer.sso;

import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static be.taakwijzer.testsupport.AuthenticatedAs.withRoles;
import static be.taakwijzer.testsupport.AuthenticatedAs.withRolesAndSchool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import be.taakwijzer.allocation.HistoryService;
import be.taakwijzer.allocation.PlanChangedException;
import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.SchoolYearService;
import be.taakwijzer.allocation.WorkspaceCoverage;
import be.taakwijzer.audit.AuditAction;
import be.taakwijzer.audit.AuditEntry;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.testsupport.TestTenants;

@SpringBootTest
class LeerIdServiceTest {

    private static final String ICT = "ict@noorderlicht.example";
    private static final String ICT2 = "ict2@noorderlicht.example";

    @Autowired
    LeerIdService leerId;

    @Autowired
    LeerIdCoverage coverage;

    @Autowired
    List<WorkspaceCoverage> coverages;

    @Autowired
    HistoryService history;

    @Autowired
    SchoolYearService years;

    UUID group;
    UUID vlinder;
    UUID kompas;

    @BeforeEach
    void group() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");
        kompas = TestTenants.createSchool(group, "Basisschool Het Kompas");
    }

    private <T> T asIct(Supplier<T> work) {
        return tenant(group, work);
    }

    private <T> T asDirectorOf(UUID school, Supplier<T> work) {
        return withRolesAndSchool(group, school, List.of("SCHOOL_DIRECTOR"), work);
    }

    private LeerIdSchool school(UUID school) {
        return asIct(() -> leerId.school(school)).orElseThrow();
    }

    private LeerIdSchool moveTo(UUID school, LeerIdState target) {
        LeerIdSchool current = school(school);
        while (current.state() != target) {
            LeerIdSchool from = current;
            current = asIct(() -> leerId.changeState(school, from.version(), from.state().next(), "", ICT));
        }
        return current;
    }

    private static void assertRefusedWith(String key, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo(key));
    }

    @Test
    void aSchoolStartsNotStartedAndMovesForwardOneStepAtATimeWithWhoWhenAndNote() {
        LeerIdSchool fresh = school(vlinder);
        assertThat(fresh.state()).isEqualTo(LeerIdState.NOT_STARTED);
        assertThat(fresh.version()).isZero();
        assertThat(fresh.history()).isEmpty();
        assertThat(fresh.applications()).isEmpty();
        assertThat(fresh.checklist()).hasSize(6).allSatisfy((item, entry) -> assertThat(entry.done()).isFalse());

        LeerIdSchool requested = asIct(() -> leerId.changeState(vlinder, 0, LeerIdState.REQUESTED, " Aanvraag via het formulier ", ICT));
        assertThat(requested.state()).isEqualTo(LeerIdState.REQUESTED);
        assertThat(requested.version()).isEqualTo(1);
        assertThat(requested.changedBy()).isEqualTo(ICT);
        LeerIdSchool test = asIct(() -> leerId.changeState(vlinder, 1, LeerIdState.TEST, "", ICT2));
        LeerIdSchool live = asIct(() -> leerId.changeState(vlinder, 2, LeerIdState.LIVE, null, ICT));
        assertThat(live.state()).isEqualTo(LeerIdState.LIVE);
        assertThat(live.version()).isEqualTo(3);
        assertThat(live.history()).as("newest first").extracting(StateChange::from, StateChange::to, StateChange::changedBy, StateChange::note)
                .containsExactly(
                        tuple(LeerIdState.TEST, LeerIdState.LIVE, ICT, ""),
                        tuple(LeerIdState.REQUESTED, LeerIdState.TEST, ICT2, ""),
                        tuple(LeerIdState.NOT_STARTED, LeerIdState.REQUESTED, ICT, "Aanvraag via het formulier"));
        assertThat(live.history()).allSatisfy(change -> assertThat(change.changedAt()).isNotNull());
        assertThat(test.history()).hasSize(2);
        assertThat(school(vlinder)).isEqualTo(live);
        assertThat(school(kompas).state()).as("the other school").isEqualTo(LeerIdState.NOT_STARTED);

        assertThat(asIct(leerId::overview)).extracting(s -> s.school().id(), LeerIdSummary::state, LeerIdSummary::version)
                .containsExactly(tuple(vlinder, LeerIdState.LIVE, 3), tuple(kompas, LeerIdState.NOT_STARTED, 0));
    }

    @Test
    void goingBackIsAllowedToAnyEarlierStateWithAReasonOnly() {
        LeerIdSchool live = moveTo(vlinder, LeerIdState.LIVE);
        assertRefusedWith("sso.error.reason-required", () -> asIct(() -> leerId.changeState(vlinder, live.version(), LeerIdState.TEST, "  ", ICT)));
        assertThat(school(vlinder)).isEqualTo(live);

        LeerIdSchool back = asIct(() -> leerId.changeState(vlinder, live.version(), LeerIdState.TEST, "Koppeling met het leerplatform valt uit", ICT));
        assertThat(back.state()).isEqualTo(LeerIdState.TEST);
        assertThat(back.history().getFirst().back()).isTrue();
        assertThat(back.history().getFirst().note()).isEqualTo("Koppeling met het leerplatform valt uit");
        LeerIdSchool restart = asIct(() -> leerId.changeState(vlinder, back.version(), LeerIdState.NOT_STARTED, "Nieuwe aanvraag nodig", ICT));
        assertThat(restart.state()).as("back more than one step").isEqualTo(LeerIdState.NOT_STARTED);
        assertThat(asIct(() -> leerId.changeState(vlinder, restart.version(), LeerIdState.REQUESTED, "", ICT)).state())
                .isEqualTo(LeerIdState.REQUESTED);
    }

    @Test
    void wrongStateChangesAreRefusedWithTheirMessageKeyAndNothingIsSaved() {
        assertRefusedWith("sso.error.skip", () -> asIct(() -> leerId.changeState(vlinder, 0, LeerIdState.LIVE, "", ICT)));
        assertRefusedWith("sso.error.skip", () -> asIct(() -> leerId.changeState(vlinder, 0, LeerIdState.TEST, "", ICT)));
        assertRefusedWith("sso.error.same-state", () -> asIct(() -> leerId.changeState(vlinder, 0, LeerIdState.NOT_STARTED, "", ICT)));
        assertRefusedWith("sso.error.state", () -> asIct(() -> leerId.changeState(vlinder, 0, null, "", ICT)));
        assertRefusedWith("sso.error.note", () -> asIct(() -> leerId.changeState(vlinder, 0, LeerIdState.REQUESTED, "x".repeat(2001), ICT)));
        assertRefusedWith("sso.error.no-school", () -> asIct(() -> leerId.changeState(UUID.randomUUID(), 0, LeerIdState.REQUESTED, "", ICT)));
        assertRefusedWith("plan.error.changed", () -> asIct(() -> leerId.changeState(vlinder, 5, LeerIdState.REQUESTED, "", ICT)));
        LeerIdSchool unchanged = school(vlinder);
        assertThat(unchanged.version()).isZero();
        assertThat(unchanged.state()).isEqualTo(LeerIdState.NOT_STARTED);
        assertThat(unchanged.history()).isEmpty();
        assertThat(asIct(() -> history.schoolHistory(vlinder))).isEmpty();
        assertThat(asIct(() -> leerId.changeState(vlinder, 0, LeerIdState.REQUESTED, "x".repeat(2000), ICT)).version()).isEqualTo(1);
    }

    @Test
    void twoPeopleChangingTheSameSchoolOnTheSameVersionTheSecondIsRefused() {
        LeerIdSchool read = moveTo(vlinder, LeerIdState.TEST);
        LeerIdSchool first = asIct(() -> leerId.changeState(vlinder, read.version(), LeerIdState.LIVE, "", ICT));
        assertThatThrownBy(() -> asIct(() -> leerId.changeState(vlinder, read.version(), LeerIdState.REQUESTED, "Terug naar af", ICT2)))
                .isInstanceOf(PlanChangedException.class);
        assertThatThrownBy(() -> asIct(() -> leerId.addApplication(vlinder, read.version(),
                new ApplicationInput("Leerplatform Zeppelin", "", ConnectionState.PLANNED, ""), ICT2))).isInstanceOf(PlanChangedException.class);
        assertThatThrownBy(() -> asIct(() -> leerId.setChecklistItem(vlinder, read.version(), ChecklistItem.TEACHERS_INFORMED, true, ICT2)))
                .isInstanceOf(PlanChangedException.class);
        assertThat(school(vlinder)).isEqualTo(first);
        assertThat(first.state()).isEqualTo(LeerIdState.LIVE);
    }

    @Test
    void twoThreadsRacingOnTheSameVersionExactlyOneWins() throws Exception {
        for (int round = 0; round < 3; round++) {
            UUID school = TestTenants.createSchool(group, "Racende school " + round);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<String>> results = new ArrayList<>();
                for (String actor : List.of(ICT, ICT2)) {
                    Callable<String> change = () -> {
                        start.await();
                        try {
                            asIct(() -> leerId.changeState(school, 0, LeerIdState.REQUESTED, "door " + actor, actor));
                            return "saved";
                        } catch (PlanChangedException refused) {
                            return "refused";
                        }
                    };
                    results.add(pool.submit(change));
                }
                start.countDown();
                List<String> outcomes = new ArrayList<>();
                for (Future<String> result : results) {
                    outcomes.add(result.get());
                }
                assertThat(outcomes).containsExactlyInAnyOrder("saved", "refused");
            } finally {
                pool.shutdown();
            }
            LeerIdSchool after = school(school);
            assertThat(after.version()).isEqualTo(1);
            assertThat(after.history()).hasSize(1);
        }
    }

    @Test
    void applicationsAreAddedChangedAndRemovedWithValidation() {
        LeerIdSchool added = asIct(() -> leerId.addApplication(vlinder, 0,
                new ApplicationInput(" Leerplatform Zeppelin ", " Zeppelin Leren bv ", ConnectionState.PLANNED, ""), ICT));
        assertThat(added.version()).isEqualTo(1);
        assertThat(added.state()).as("adding an application does not move the state").isEqualTo(LeerIdState.NOT_STARTED);
        LeerIdApplication zeppelin = added.applications().getFirst();
        assertThat(zeppelin.name()).isEqualTo("Leerplatform Zeppelin");
        assertThat(zeppelin.supplier()).isEqualTo("Zeppelin Leren bv");
        LeerIdSchool two = asIct(() -> leerId.addApplication(vlinder, 1,
                new ApplicationInput("Boekenkast Digitaal", null, ConnectionState.CONNECTED, "via uitgeverij"), ICT));
        assertThat(two.applications()).extracting(LeerIdApplication::name).containsExactly("Boekenkast Digitaal", "Leerplatform Zeppelin");
        assertThat(two.applicationsConnected()).isEqualTo(1);

        LeerIdSchool changed = asIct(() -> leerId.changeApplication(vlinder, 2, zeppelin.id(),
                new ApplicationInput("Leerplatform Zeppelin", "Zeppelin Leren bv", ConnectionState.CONNECTED, "gekoppeld na test"), ICT));
        assertThat(changed.applicationsConnected()).isEqualTo(2);
        assertThat(asIct(leerId::overview)).filteredOn(s -> s.school().id().equals(vlinder)).singleElement()
                .satisfies(s -> {
                    assertThat(s.applicationsConnected()).isEqualTo(2);
                    assertThat(s.applicationsTotal()).isEqualTo(2);
                });

        assertRefusedWith("sso.error.app-duplicate", () -> asIct(() -> leerId.addApplication(vlinder, 3,
                new ApplicationInput("LEERPLATFORM zeppelin", "", ConnectionState.PLANNED, ""), ICT)));
        assertRefusedWith("sso.error.app-duplicate", () -> asIct(() -> leerId.changeApplication(vlinder, 3, zeppelin.id(),
                new ApplicationInput("boekenkast digitaal", "", ConnectionState.PLANNED, ""), ICT)));
        assertRefusedWith("sso.error.app-name", () -> asIct(() -> leerId.addApplication(vlinder, 3,
                new ApplicationInput("  ", "", ConnectionState.PLANNED, ""), ICT)));
        assertRefusedWith("sso.error.app-name", () -> asIct(() -> leerId.addApplication(vlinder, 3,
                new ApplicationInput("x".repeat(201), "", ConnectionState.PLANNED, ""), ICT)));
        assertRefusedWith("sso.error.app-supplier", () -> asIct(() -> leerId.addApplication(vlinder, 3,
                new ApplicationInput("Rekenrups", "x".repeat(201), ConnectionState.PLANNED, ""), ICT)));
        assertRefusedWith("sso.error.app-connection", () -> asIct(() -> leerId.addApplication(vlinder, 3,
                new ApplicationInput("Rekenrups", "", null, ""), ICT)));
        assertRefusedWith("sso.error.note", () -> asIct(() -> leerId.addApplication(vlinder, 3,
                new ApplicationInput("Rekenrups", "", ConnectionState.PLANNED, "x".repeat(2001)), ICT)));
        assertRefusedWith("sso.error.app-unknown", () -> asIct(() -> leerId.removeApplication(vlinder, 3, UUID.randomUUID(), ICT)));
        assertRefusedWith("sso.error.app-unknown", () -> asIct(() -> leerId.removeApplication(kompas, 0, zeppelin.id(), ICT)));
        assertThat(school(vlinder)).as("nothing of the refused changes was saved").isEqualTo(changed);
        assertThat(school(kompas).version()).isZero();

        LeerIdSchool removed = asIct(() -> leerId.removeApplication(vlinder, 3, zeppelin.id(), ICT));
        assertThat(removed.applications()).extracting(LeerIdApplication::name).containsExactly("Boekenkast Digitaal");
        assertThat(removed.version()).isEqualTo(4);
    }

    @Test
    void checklistItemsAreTickedAndUntickedWithWhoAndWhenAndCountedInTheOverview() {
        LeerIdSchool ticked = asIct(() -> leerId.setChecklistItem(vlinder, 0, ChecklistItem.REQUEST_SUBMITTED, true, ICT));
        ticked = asIct(() -> leerId.setChecklistItem(vlinder, 1, ChecklistItem.CONTACT_APPOINTED, true, ICT2));
        assertThat(ticked.checklistDone()).isEqualTo(2);
        assertThat(ticked.entry(ChecklistItem.CONTACT_APPOINTED)).satisfies(entry -> {
            assertThat(entry.done()).isTrue();
            assertThat(entry.changedBy()).isEqualTo(ICT2);
            assertThat(entry.changedAt()).isNotNull();
        });
        assertThat(ticked.entry(ChecklistItem.TEACHERS_INFORMED).changedBy()).isNull();

        LeerIdSchool same = asIct(() -> leerId.setChecklistItem(vlinder, 2, ChecklistItem.REQUEST_SUBMITTED, true, ICT2));
        assertThat(same.version()).as("ticking a ticked item is no change").isEqualTo(2);
        assertThat(same.entry(ChecklistItem.REQUEST_SUBMITTED).changedBy()).isEqualTo(ICT);

        LeerIdSchool unticked = asIct(() -> leerId.setChecklistItem(vlinder, 2, ChecklistItem.REQUEST_SUBMITTED, false, ICT2));
        assertThat(unticked.version()).isEqualTo(3);
        assertThat(unticked.entry(ChecklistItem.REQUEST_SUBMITTED)).satisfies(entry -> {
            assertThat(entry.done()).isFalse();
            assertThat(entry.changedBy()).as("who unticked it").isEqualTo(ICT2);
        });
        assertThat(unticked.checklistDone()).isEqualTo(1);
        assertRefusedWith("sso.error.checklist-item", () -> asIct(() -> leerId.setChecklistItem(vlinder, 3, null, true, ICT)));
        assertThat(asIct(leerId::overview)).extracting(s -> s.school().id(), LeerIdSummary::checklistDone)
                .containsExactly(tuple(vlinder, 1), tuple(kompas, 0));
    }

    @Test
    void everyChangeIsAuditedForItsSchoolWithBeforeAndAfter() {
        LeerIdSchool requested = asIct(() -> leerId.changeState(vlinder, 0, LeerIdState.REQUESTED, "formulier verstuurd", ICT));
        LeerIdSchool withApp = asIct(() -> leerId.addApplication(vlinder, 1,
                new ApplicationInput("Leerplatform Zeppelin", "Zeppelin Leren bv", ConnectionState.PLANNED, ""), ICT));
        UUID app = withApp.applications().getFirst().id();
        asIct(() -> leerId.changeApplication(vlinder, 2, app,
                new ApplicationInput("Leerplatform Zeppelin", "Zeppelin Leren bv", ConnectionState.CONNECTED, ""), ICT2));
        asIct(() -> leerId.setChecklistItem(vlinder, 3, ChecklistItem.REQUEST_SUBMITTED, true, ICT));
        asIct(() -> leerId.removeApplication(vlinder, 4, app, ICT2));
        assertThat(requested.version()).isEqualTo(1);

        List<AuditEntry> entries = asIct(() -> history.schoolHistory(vlinder));
        assertThat(entries).hasSize(5);
        assertThat(entries).extracting(AuditEntry::schoolId).containsOnly(vlinder);
        assertThat(entries).extracting(AuditEntry::entity, AuditEntry::action, AuditEntry::actor).containsExactlyInAnyOrder(
                tuple("leerid_school", AuditAction.CHANGED, ICT),
                tuple("leerid_application", AuditAction.CREATED, ICT),
                tuple("leerid_application", AuditAction.CHANGED, ICT2),
                tuple("leerid_checklist", AuditAction.CHANGED, ICT),
                tuple("leerid_application", AuditAction.DELETED, ICT2));
        AuditEntry state = entries.stream().filter(e -> e.entity().equals("leerid_school")).findFirst().orElseThrow();
        assertThat(state.entityId()).isEqualTo(vlinder);
        assertThat(state.before()).contains("\"state\"", "NOT_STARTED");
        assertThat(state.after()).contains("REQUESTED", "formulier verstuurd");
        AuditEntry changed = entries.stream().filter(e -> e.action() == AuditAction.CHANGED && e.entity().equals("leerid_application"))
                .findFirst().orElseThrow();
        assertThat(changed.entityId()).isEqualTo(app);
        assertThat(changed.before()).contains("PLANNED");
        assertThat(changed.after()).contains("CONNECTED");
        AuditEntry deleted = entries.stream().filter(e -> e.action() == AuditAction.DELETED).findFirst().orElseThrow();
        assertThat(deleted.after()).isNull();
        AuditEntry checklist = entries.stream().filter(e -> e.entity().equals("leerid_checklist")).findFirst().orElseThrow();
        assertThat(checklist.before()).contains("REQUEST_SUBMITTED", "false");
        assertThat(checklist.after()).contains("REQUEST_SUBMITTED", "true");

        assertThat(asIct(() -> history.schoolHistory(kompas))).as("another school's history").isEmpty();
        assertThat(asDirectorOf(vlinder, () -> history.schoolHistory(vlinder))).as("the director reads their school's").hasSize(5);
    }

    @Test
    void aDirectorReadsOnlyTheirOwnSchoolAndChangesNothing() {
        LeerIdSchool test = moveTo(vlinder, LeerIdState.TEST);
        asIct(() -> leerId.setChecklistItem(vlinder, test.version(), ChecklistItem.REQUEST_SUBMITTED, true, ICT));
        LeerIdSchool before = school(vlinder);

        assertThat(asDirectorOf(vlinder, () -> leerId.school(vlinder))).contains(before);
        assertThat(asDirectorOf(vlinder, leerId::overview)).extracting(s -> s.school().id(), LeerIdSummary::state, LeerIdSummary::checklistDone)
                .containsExactly(tuple(vlinder, LeerIdState.TEST, 1));
        assertThatThrownBy(() -> asDirectorOf(vlinder, () -> leerId.school(kompas))).isInstanceOf(AccessDeniedException.class);

        int v = before.version();
        for (UUID school : List.of(vlinder, kompas)) {
            assertThatThrownBy(() -> asDirectorOf(vlinder, () -> leerId.changeState(school, v, LeerIdState.LIVE, "", "directeur")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> asDirectorOf(vlinder, () -> leerId.addApplication(school, v,
                    new ApplicationInput("Rekenrups", "", ConnectionState.PLANNED, ""), "directeur"))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> asDirectorOf(vlinder, () -> leerId.setChecklistItem(school, v, ChecklistItem.TEACHERS_INFORMED, true,
                    "directeur"))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(school(vlinder)).isEqualTo(before);
    }

    @Test
    void theDpoHasNoLeerIdWorkspace() {
        Supplier<Object> overview = leerId::overview;
        assertThatThrownBy(() -> withRoles(group, List.of("GROUP_DPO"), overview)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> withRoles(group, List.of("GROUP_DPO"), () -> leerId.school(vlinder))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> withRoles(group, List.of("GROUP_DPO"), () -> leerId.changeState(vlinder, 0, LeerIdState.REQUESTED, "", "dpo")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(school(vlinder).version()).isZero();
    }

    @Test
    void liveSchoolsHaveTheSingleSignOnTaskCoveredWhateverTheYear() {
        SchoolYear year = years.current();
        assertThat(coverage.providerCode()).isEqualTo("LEERID");
        assertThat(coverages).as("a workspace coverage bean for the lead's wiring").contains(coverage);
        assertThat(asIct(() -> coverage.coveredTasks(year))).isEmpty();

        moveTo(vlinder, LeerIdState.LIVE);
        moveTo(kompas, LeerIdState.TEST);
        assertThat(asIct(() -> coverage.coveredTasks(year))).isEqualTo(Map.of(vlinder, Set.of("TECH_CENTRAL_02")));
        assertThat(asIct(() -> coverage.coveredTasks(year.previous()))).as("the state is not per year")
                .isEqualTo(Map.of(vlinder, Set.of("TECH_CENTRAL_02")));
        assertThat(withRoles(group, List.of("GROUP_DPO"), () -> coverage.coveredTasks(year))).containsOnlyKeys(vlinder);
        assertThat(asDirectorOf(vlinder, () -> coverage.coveredTasks(year))).containsOnlyKeys(vlinder);
        assertThat(asDirectorOf(kompas, () -> coverage.coveredTasks(year))).as("a director learns only about their own school").isEmpty();

        LeerIdSchool live = school(vlinder);
        asIct(() -> leerId.changeState(vlinder, live.version(), LeerIdState.TEST, "storing bij de koppeling", ICT));
        assertThat(asIct(() -> coverage.coveredTasks(year))).as("no longer live, no longer covered").isEmpty();
        LeerIdSchool kompasTest = school(kompas);
        asIct(() -> leerId.changeState(kompas, kompasTest.version(), LeerIdState.LIVE, "", ICT));
        assertThat(asIct(() -> coverage.coveredTasks(year))).isEqualTo(Map.of(kompas, Set.of("TECH_CENTRAL_02")));
    }
}
