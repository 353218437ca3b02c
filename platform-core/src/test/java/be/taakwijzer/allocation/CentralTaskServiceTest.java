package be.taakwijzer.allocation;

import static be.taakwijzer.allocation.Inputs.forAllSchools;
import static be.taakwijzer.allocation.Inputs.forSchools;
import static be.taakwijzer.allocation.Inputs.withSchools;
import static be.taakwijzer.allocation.Inputs.withStatus;
import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static be.taakwijzer.testsupport.AuthenticatedAs.withRolesAndSchool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import be.taakwijzer.audit.AuditAction;
import be.taakwijzer.audit.AuditEntry;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.testsupport.TestTenants;

@SpringBootTest
class CentralTaskServiceTest {

    private static final String ICT = "ict@noorderlicht.example";

    @Autowired
    CentralTaskService centralTasks;

    @Autowired
    SchoolPlanService plans;

    @Autowired
    SchoolYearService years;

    @Autowired
    HistoryService history;

    UUID group;
    UUID vlinder;
    UUID kompas;
    UUID klaproos;
    SchoolYear year;

    @BeforeEach
    void group() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");
        kompas = TestTenants.createSchool(group, "Basisschool Het Kompas");
        klaproos = TestTenants.createSchool(group, "Basisschool Klaproos");
        year = years.current();
    }

    private <T> T asIct(Supplier<T> work) {
        return tenant(group, work);
    }

    private SchoolPlan plan(UUID school) {
        return asIct(() -> plans.plan(school, year)).orElseThrow();
    }

    private List<String> notices(UUID school) {
        return plan(school).notices().stream().map(CoverageNotice::taskCode).toList();
    }

    @Test
    void aTaskForAllSchoolsCoversEverySchool() {
        CentralTask added = asIct(() -> centralTasks.add(year, forAllSchools("TECH_CORE_01", CentralTaskStatus.ACTIVE), ICT));
        assertThat(added.year()).isEqualTo(year);
        assertThat(added.allSchools()).isTrue();
        assertThat(added.hours()).isEqualByComparingTo("20");
        assertThat(asIct(() -> centralTasks.centralTasks(year))).containsExactly(added);
        for (UUID school : List.of(vlinder, kompas, klaproos)) {
            assertThat(plan(school).state("TECH_CORE_01")).isEqualTo(TaskState.CENTRAL);
            assertThat(plan(school).centralTask("TECH_CORE_01")).contains(added);
        }
        assertThat(asIct(history::groupHistory)).extracting(AuditEntry::entity, AuditEntry::entityId, AuditEntry::action, AuditEntry::schoolId)
                .contains(tuple("central_task", added.id(), AuditAction.CREATED, null));
    }

    @Test
    void aTaskForChosenSchoolsCoversOnlyThose() {
        CentralTask added = asIct(() -> centralTasks.add(year, forSchools("PED_CORE_01", CentralTaskStatus.PLANNED, vlinder, kompas), ICT));
        assertThat(added.schoolIds()).containsExactlyInAnyOrder(vlinder, kompas);
        assertThat(plan(vlinder).state("PED_CORE_01")).isEqualTo(TaskState.CENTRAL);
        assertThat(plan(kompas).state("PED_CORE_01")).isEqualTo(TaskState.CENTRAL);
        assertThat(plan(klaproos).state("PED_CORE_01")).isEqualTo(TaskState.OPEN);
        assertThat(plan(klaproos).centralTasks()).isEmpty();
    }

    @Test
    void theSameTaskTwiceInAYearIsRefused() {
        asIct(() -> centralTasks.add(year, forSchools("PED_CORE_01", CentralTaskStatus.ACTIVE, vlinder), ICT));
        assertThatThrownBy(() -> asIct(() -> centralTasks.add(year, forAllSchools("PED_CORE_01", CentralTaskStatus.PLANNED), ICT)))
                .isInstanceOf(InvalidInputException.class).extracting("messageKey").isEqualTo("central.error.duplicate");
        assertThat(asIct(() -> centralTasks.centralTasks(year))).singleElement()
                .satisfies(task -> assertThat(task.allSchools()).isFalse());
    }

    @Test
    void invalidCentralTasksAreRefused() {
        assertThatThrownBy(() -> asIct(() -> centralTasks.add(year, forSchools("PED_CORE_01", CentralTaskStatus.ACTIVE), ICT)))
                .extracting("messageKey").isEqualTo("central.error.no-schools");
        assertThatThrownBy(() -> asIct(() -> centralTasks.add(year, forAllSchools("GEEN_TAAK", CentralTaskStatus.ACTIVE), ICT)))
                .extracting("messageKey").isEqualTo("allocation.error.task");
        assertThatThrownBy(() -> asIct(() -> centralTasks.add(year, forSchools("PED_CORE_01", CentralTaskStatus.ACTIVE, UUID.randomUUID()), ICT)))
                .extracting("messageKey").isEqualTo("plan.error.no-school");
        assertThat(asIct(() -> centralTasks.centralTasks(year))).isEmpty();
    }

    @Test
    void stoppingATaskTellsExactlyTheSchoolsItCoveredAndCoveringItAgainDismissesTheNotices() {
        CentralTask added = asIct(() -> centralTasks.add(year, forSchools("TECH_CORE_02", CentralTaskStatus.ACTIVE, vlinder, kompas), ICT));
        CentralTask stopped = asIct(() -> centralTasks.change(added, withStatus(added, CentralTaskStatus.STOPPED), ICT));
        assertThat(stopped.status()).isEqualTo(CentralTaskStatus.STOPPED);
        assertThat(stopped.version()).isEqualTo(added.version() + 1);

        assertThat(notices(vlinder)).containsExactly("TECH_CORE_02");
        assertThat(notices(kompas)).containsExactly("TECH_CORE_02");
        assertThat(notices(klaproos)).isEmpty();
        assertThat(plan(vlinder).state("TECH_CORE_02")).isEqualTo(TaskState.OPEN);
        assertThat(plan(vlinder).notices().getFirst().createdBy()).isEqualTo(ICT);

        CentralTask active = asIct(() -> centralTasks.change(stopped, withStatus(stopped, CentralTaskStatus.ACTIVE), ICT));
        assertThat(active.status()).isEqualTo(CentralTaskStatus.ACTIVE);
        assertThat(notices(vlinder)).isEmpty();
        assertThat(notices(kompas)).isEmpty();
        assertThat(plan(vlinder).state("TECH_CORE_02")).isEqualTo(TaskState.CENTRAL);
    }

    @Test
    void stoppingATaskForAllSchoolsTellsEverySchool() {
        CentralTask added = asIct(() -> centralTasks.add(year, forAllSchools("ADM_CORE_01", CentralTaskStatus.PLANNED), ICT));
        asIct(() -> centralTasks.change(added, withStatus(added, CentralTaskStatus.STOPPED), ICT));
        for (UUID school : List.of(vlinder, kompas, klaproos)) {
            assertThat(notices(school)).containsExactly("ADM_CORE_01");
        }
    }

    @Test
    void deselectingASchoolTellsOnlyThatSchoolAndSelectingItAgainDismissesTheNotice() {
        CentralTask added = asIct(() -> centralTasks.add(year, forSchools("BEL_CORE_01", CentralTaskStatus.ACTIVE, vlinder, kompas), ICT));
        CentralTask narrowed = asIct(() -> centralTasks.change(added, withSchools(added, vlinder), ICT));
        assertThat(narrowed.schoolIds()).containsExactly(vlinder);
        assertThat(notices(kompas)).containsExactly("BEL_CORE_01");
        assertThat(notices(vlinder)).isEmpty();
        assertThat(notices(klaproos)).isEmpty();

        CentralTask narrowedAgain = asIct(() -> centralTasks.change(narrowed, withSchools(narrowed, vlinder, klaproos), ICT));
        assertThat(notices(kompas)).as("one unread notice per task, not one per change").containsExactly("BEL_CORE_01");
        assertThat(notices(klaproos)).isEmpty();

        asIct(() -> centralTasks.change(narrowedAgain, withSchools(narrowedAgain, vlinder, kompas, klaproos), ICT));
        assertThat(notices(kompas)).isEmpty();
        assertThat(plan(kompas).state("BEL_CORE_01")).isEqualTo(TaskState.CENTRAL);
    }

    @Test
    void aSchoolDismissesItsOwnNotice() {
        CentralTask added = asIct(() -> centralTasks.add(year, forSchools("BEL_CORE_02", CentralTaskStatus.ACTIVE, vlinder, kompas), ICT));
        asIct(() -> { centralTasks.remove(added, ICT); return null; });
        assertThat(asIct(() -> centralTasks.centralTasks(year))).isEmpty();
        assertThat(notices(vlinder)).containsExactly("BEL_CORE_02");

        SchoolPlan read = withRolesAndSchool(group, vlinder, List.of("SCHOOL_DIRECTOR"),
                () -> plans.dismissNotice(vlinder, year, "BEL_CORE_02", "directeur@vlinder.example"));
        assertThat(read.notices()).isEmpty();
        assertThat(notices(kompas)).as("the other school still has to read it").containsExactly("BEL_CORE_02");
    }

    @Test
    void aChangeOnAnOutdatedVersionIsRefused() {
        CentralTask added = asIct(() -> centralTasks.add(year, forAllSchools("TECH_CORE_03", CentralTaskStatus.PLANNED), ICT));
        CentralTask active = asIct(() -> centralTasks.change(added, withStatus(added, CentralTaskStatus.ACTIVE), ICT));
        assertThatThrownBy(() -> asIct(() -> centralTasks.change(added, withStatus(added, CentralTaskStatus.STOPPED), ICT)))
                .isInstanceOf(PlanChangedException.class);
        assertThatThrownBy(() -> asIct(() -> { centralTasks.remove(added, ICT); return null; }))
                .isInstanceOf(PlanChangedException.class);
        assertThat(asIct(() -> centralTasks.centralTasks(year))).containsExactly(active);
        assertThat(notices(vlinder)).isEmpty();
    }

    @Test
    void aDirectorReadsButCannotAddChangeOrRemoveCentralTasks() {
        CentralTask added = asIct(() -> centralTasks.add(year, forAllSchools("TECH_CORE_04", CentralTaskStatus.ACTIVE), ICT));
        List<String> director = List.of("SCHOOL_DIRECTOR");
        assertThat(withRolesAndSchool(group, vlinder, director, () -> centralTasks.centralTasks(year))).containsExactly(added);
        assertThatThrownBy(() -> withRolesAndSchool(group, vlinder, director,
                () -> centralTasks.add(year, forSchools("TECH_CORE_05", CentralTaskStatus.ACTIVE, vlinder), "directeur")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> withRolesAndSchool(group, vlinder, director,
                () -> centralTasks.change(added, withStatus(added, CentralTaskStatus.STOPPED), "directeur")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> withRolesAndSchool(group, vlinder, director, () -> { centralTasks.remove(added, "directeur"); return null; }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asIct(() -> centralTasks.centralTasks(year))).containsExactly(added);
        assertThat(notices(vlinder)).isEmpty();
    }
}
