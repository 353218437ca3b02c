package be.taakwijzer.allocation;

import static be.taakwijzer.allocation.Inputs.allocation;
import static be.taakwijzer.allocation.Inputs.forAllSchools;
import static be.taakwijzer.allocation.Inputs.forSchools;
import static be.taakwijzer.allocation.Inputs.person;
import static be.taakwijzer.allocation.Inputs.share;
import static be.taakwijzer.allocation.Inputs.withStatus;
import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static be.taakwijzer.testsupport.AuthenticatedAs.withRolesAndSchool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.testsupport.TestTenants;

@SpringBootTest
class SchoolYearServiceTest {

    private static final String ICT = "ict@noorderlicht.example";

    @Autowired
    SchoolYearService years;

    @Autowired
    CentralTaskService centralTasks;

    @Autowired
    SchoolPlanService plans;

    UUID group;
    UUID vlinder;
    UUID kompas;
    SchoolYear year;

    @BeforeEach
    void group() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");
        kompas = TestTenants.createSchool(group, "Basisschool Het Kompas");
        year = years.current();
    }

    private <T> T asIct(Supplier<T> work) {
        return tenant(group, work);
    }

    private SchoolPlan plan(UUID school, SchoolYear schoolYear) {
        return asIct(() -> plans.plan(school, schoolYear)).orElseThrow();
    }

    @Test
    void aSchoolYearRunsFromTheFirstOfSeptember() {
        assertThat(SchoolYear.of(LocalDate.of(2026, 8, 31))).isEqualTo(new SchoolYear(2025));
        assertThat(SchoolYear.of(LocalDate.of(2026, 9, 1))).isEqualTo(new SchoolYear(2026));
        assertThat(new SchoolYear(2026).label()).isEqualTo("2026-2027");
        assertThat(asIct(years::years)).as("a new group has the current year").containsExactly(years.current());
    }

    @Test
    void theNextYearGetsTheCentralTasksThatAreNotStoppedAndWhenAskedThePeopleAndAllocationsUnderNewIds() {
        CentralTask forAll = asIct(() -> centralTasks.add(year, forAllSchools("TECH_CORE_01", CentralTaskStatus.ACTIVE), ICT));
        CentralTask forVlinder = asIct(() -> centralTasks.add(year, forSchools("PED_CORE_01", CentralTaskStatus.PLANNED, vlinder), ICT));
        CentralTask toStop = asIct(() -> centralTasks.add(year, forAllSchools("BEL_CORE_01", CentralTaskStatus.ACTIVE), ICT));
        asIct(() -> centralTasks.change(toStop, withStatus(toStop, CentralTaskStatus.STOPPED), ICT));
        SchoolPlan withAn = asIct(() -> plans.addPerson(vlinder, year, 0,
                person("An", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", "10", "TECH_TECHNISCHE_KENNIS"), ICT));
        UUID an = withAn.people().getFirst().id();
        asIct(() -> plans.allocate(vlinder, year, withAn.version(), allocation("ADM_CORE_01", share(an, "4", "ICT_UREN")), false, ICT));
        SchoolPlan vlinderBefore = plan(vlinder, year);
        SchoolPlan kompasBefore = plan(kompas, year);
        List<CentralTask> centralBefore = asIct(() -> centralTasks.centralTasks(year));

        SchoolYear next = asIct(() -> years.startNextYear(true, ICT));

        assertThat(next).isEqualTo(year.next());
        assertThat(asIct(years::years)).containsExactly(year, next);
        List<CentralTask> copied = asIct(() -> centralTasks.centralTasks(next));
        assertThat(copied).extracting(CentralTask::taskCode, CentralTask::status, CentralTask::allSchools, CentralTask::schoolIds,
                        CentralTask::providerCode, CentralTask::fundingCode)
                .containsExactly(tuple("PED_CORE_01", CentralTaskStatus.PLANNED, false, forVlinder.schoolIds(), "SCHOLENGROEP", "ICT_UREN"),
                        tuple("TECH_CORE_01", CentralTaskStatus.ACTIVE, true, forAll.schoolIds(), "SCHOLENGROEP", "ICT_UREN"));
        assertThat(copied).extracting(CentralTask::id).doesNotContain(forAll.id(), forVlinder.id(), toStop.id());
        assertThat(copied).allSatisfy(task -> assertThat(task.year()).isEqualTo(next));

        SchoolPlan vlinderNext = plan(vlinder, next);
        assertThat(vlinderNext.people()).singleElement().satisfies(person -> {
            assertThat(person.id()).isNotEqualTo(an);
            assertThat(person.name()).isEqualTo("An");
            assertThat(person.availableHours()).isEqualTo(vlinderBefore.people().getFirst().availableHours());
            assertThat(person.competenceCodes()).containsExactly("TECH_TECHNISCHE_KENNIS");
        });
        UUID newAn = vlinderNext.people().getFirst().id();
        assertThat(vlinderNext.allocations()).singleElement().satisfies(allocation -> {
            assertThat(allocation.taskCode()).isEqualTo("ADM_CORE_01");
            assertThat(allocation.id()).isNotEqualTo(vlinderBefore.allocations().getFirst().id());
            assertThat(allocation.shares()).extracting(AllocationShare::personId, s -> s.hours().toPlainString())
                    .containsExactly(tuple(newAn, "4.0"));
        });
        assertThat(vlinderNext.state("PED_CORE_01")).isEqualTo(TaskState.CENTRAL);
        assertThat(vlinderNext.state("BEL_CORE_01")).as("the stopped task was not copied").isEqualTo(TaskState.OPEN);
        assertThat(plan(kompas, next).empty()).isTrue();

        assertThat(plan(vlinder, year)).as("the earlier year is unchanged").isEqualTo(vlinderBefore);
        assertThat(plan(kompas, year)).isEqualTo(kompasBefore);
        assertThat(asIct(() -> centralTasks.centralTasks(year))).isEqualTo(centralBefore);

        SchoolPlan changedNext = asIct(() -> plans.changePerson(vlinder, next, vlinderNext.version(), newAn,
                person("An (nieuw jaar)", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", "6"), ICT));
        assertThat(changedNext.people().getFirst().name()).isEqualTo("An (nieuw jaar)");
        assertThat(plan(vlinder, year)).as("a change in the new year leaves the old one").isEqualTo(vlinderBefore);
    }

    @Test
    void withoutCopyingPlansOnlyTheCentralTasksMoveAndTheYearAfterFollows() {
        asIct(() -> centralTasks.add(year, forAllSchools("TECH_CORE_01", CentralTaskStatus.ACTIVE), ICT));
        asIct(() -> plans.addPerson(vlinder, year, 0, person("An", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", "10"), ICT));

        SchoolYear next = asIct(() -> years.startNextYear(false, ICT));
        assertThat(asIct(() -> centralTasks.centralTasks(next))).extracting(CentralTask::taskCode).containsExactly("TECH_CORE_01");
        assertThat(plan(vlinder, next).empty()).isTrue();

        SchoolYear afterNext = asIct(() -> years.startNextYear(false, ICT));
        assertThat(afterNext).isEqualTo(next.next());
        assertThat(asIct(years::years)).containsExactly(year, next, afterNext);
        assertThat(asIct(() -> centralTasks.centralTasks(afterNext))).extracting(CentralTask::taskCode).containsExactly("TECH_CORE_01");
    }

    @Test
    void aYearTheGroupHasNotSetUpCannotBeWritten() {
        SchoolYear farAway = year.next().next().next();
        assertThatThrownBy(() -> asIct(() -> plans.addPerson(vlinder, farAway, 0,
                person("An", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", "10"), ICT)))
                .isInstanceOf(InvalidInputException.class).extracting("messageKey").isEqualTo("plan.error.year");
        assertThatThrownBy(() -> asIct(() -> centralTasks.add(farAway, forAllSchools("TECH_CORE_01", CentralTaskStatus.ACTIVE), ICT)))
                .isInstanceOf(InvalidInputException.class).extracting("messageKey").isEqualTo("plan.error.year");
        assertThat(asIct(years::years)).containsExactly(year);
    }

    @Test
    void aDirectorCannotStartANewYear() {
        assertThatThrownBy(() -> withRolesAndSchool(group, vlinder, List.of("SCHOOL_DIRECTOR"), () -> years.startNextYear(true, "directeur")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(withRolesAndSchool(group, vlinder, List.of("SCHOOL_DIRECTOR"), years::years)).containsExactly(year);
    }
}
