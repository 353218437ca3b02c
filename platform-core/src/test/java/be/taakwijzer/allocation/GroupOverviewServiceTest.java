package be.taakwijzer.allocation;

import static be.taakwijzer.allocation.Inputs.allocation;
import static be.taakwijzer.allocation.Inputs.forAllSchools;
import static be.taakwijzer.allocation.Inputs.forSchools;
import static be.taakwijzer.allocation.Inputs.person;
import static be.taakwijzer.allocation.Inputs.share;
import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static be.taakwijzer.testsupport.AuthenticatedAs.withRolesAndSchool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import be.taakwijzer.catalogue.CatalogueService;
import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.tenancy.School;
import be.taakwijzer.testsupport.TestTenants;

@SpringBootTest
class GroupOverviewServiceTest {

    private static final String ICT = "ict@noorderlicht.example";

    @Autowired
    GroupOverviewService overviews;

    @Autowired
    CentralTaskService centralTasks;

    @Autowired
    SchoolPlanService plans;

    @Autowired
    SchoolYearService years;

    @Autowired
    CatalogueService catalogue;

    UUID group;
    UUID vlinder;
    UUID kompas;
    SchoolYear year;
    List<String> allTasks;

    @BeforeEach
    void group() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");
        kompas = TestTenants.createSchool(group, "Basisschool Het Kompas");
        year = years.current();
        allTasks = catalogue.catalogue().tasks().stream().map(CatalogueTask::code).toList();
    }

    private <T> T asIct(Supplier<T> work) {
        return tenant(group, work);
    }

    @Test
    void everySchoolAgainstEveryTaskIsCentralAllocatedOrOpen() {
        asIct(() -> centralTasks.add(year, forAllSchools("TECH_CORE_01", CentralTaskStatus.ACTIVE), ICT));
        asIct(() -> centralTasks.add(year, forSchools("PED_CORE_01", CentralTaskStatus.PLANNED, vlinder), ICT));
        CentralTask stopped = asIct(() -> centralTasks.add(year, forAllSchools("BEL_CORE_05", CentralTaskStatus.STOPPED), ICT));
        SchoolPlan v = asIct(() -> plans.addPerson(vlinder, year, 0, person("An", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", "50"), ICT));
        UUID an = v.people().getFirst().id();
        v = asIct(() -> plans.allocate(vlinder, year, 1, allocation("BEL_CORE_01", share(an, "2", "ICT_UREN")), false, ICT));
        v = asIct(() -> plans.allocate(vlinder, year, 2, new AllocationInput("ADM_CORE_01", "nog te bespreken", List.of()), false, ICT));
        v = asIct(() -> plans.allocate(vlinder, year, 3, allocation("TECH_OTHER_01", share(an, "2", "ICT_UREN")), false, ICT));
        asIct(() -> plans.allocate(vlinder, year, 4, allocation("BEL_CORE_05", share(an, "1", "ICT_UREN")), false, ICT));
        SchoolPlan k = asIct(() -> plans.addPerson(kompas, year, 0, person("Koen", PersonRole.PEDAGOGISCH_ICT_COORDINATOR, "ICT_UREN", "50"), ICT));
        UUID koen = k.people().getFirst().id();
        asIct(() -> plans.allocate(kompas, year, 1, allocation("PED_CORE_01", share(koen, "3", "ICT_UREN")), false, ICT));
        // an allocated task the group takes over afterwards is the group's
        asIct(() -> centralTasks.add(year, forSchools("TECH_OTHER_01", CentralTaskStatus.ACTIVE, vlinder), ICT));

        GroupOverview overview = asIct(() -> overviews.overview(year));

        assertThat(overview.year()).isEqualTo(year);
        assertThat(overview.schools()).extracting(School::id).containsExactlyInAnyOrder(vlinder, kompas);
        assertThat(overview.state(vlinder, "TECH_CORE_01")).isEqualTo(TaskState.CENTRAL);
        assertThat(overview.state(kompas, "TECH_CORE_01")).isEqualTo(TaskState.CENTRAL);
        assertThat(overview.state(vlinder, "PED_CORE_01")).isEqualTo(TaskState.CENTRAL);
        assertThat(overview.state(kompas, "PED_CORE_01")).isEqualTo(TaskState.ALLOCATED);
        assertThat(overview.state(vlinder, "BEL_CORE_01")).isEqualTo(TaskState.ALLOCATED);
        assertThat(overview.state(kompas, "BEL_CORE_01")).isEqualTo(TaskState.OPEN);
        assertThat(overview.state(vlinder, "ADM_CORE_01")).as("a note without people").isEqualTo(TaskState.OPEN);
        assertThat(overview.state(vlinder, "TECH_OTHER_01")).isEqualTo(TaskState.CENTRAL);
        assertThat(overview.state(vlinder, stopped.taskCode())).as("a stopped task does not cover").isEqualTo(TaskState.ALLOCATED);
        assertThat(overview.state(kompas, stopped.taskCode())).isEqualTo(TaskState.OPEN);

        assertThat(overview.count(vlinder, allTasks, TaskState.CENTRAL)).isEqualTo(3);
        assertThat(overview.count(vlinder, allTasks, TaskState.ALLOCATED)).isEqualTo(2);
        assertThat(overview.count(vlinder, allTasks, TaskState.OPEN)).isEqualTo(allTasks.size() - 5);
        assertThat(overview.count(kompas, allTasks, TaskState.CENTRAL)).isEqualTo(1);
        assertThat(overview.count(kompas, allTasks, TaskState.ALLOCATED)).isEqualTo(1);
        assertThat(overview.count(kompas, allTasks, TaskState.OPEN)).isEqualTo(allTasks.size() - 2);
        assertThat(overview.count(vlinder, List.of("TECH_CORE_01", "BEL_CORE_01", "BEL_CORE_02"), TaskState.OPEN)).isEqualTo(1);

        for (UUID school : List.of(vlinder, kompas)) {
            SchoolPlan plan = asIct(() -> plans.plan(school, year)).orElseThrow();
            for (String task : allTasks) {
                assertThat(overview.state(school, task)).as("overview and plan agree on %s", task).isEqualTo(plan.state(task));
            }
        }
    }

    @Test
    void anotherYearIsOpenEverywhere() {
        asIct(() -> centralTasks.add(year, forAllSchools("TECH_CORE_01", CentralTaskStatus.ACTIVE), ICT));
        GroupOverview previous = asIct(() -> overviews.overview(year.previous()));
        assertThat(previous.count(vlinder, allTasks, TaskState.OPEN)).isEqualTo(allTasks.size());
        assertThat(previous.count(kompas, allTasks, TaskState.OPEN)).isEqualTo(allTasks.size());
    }

    @Test
    void onlyGroupIctStaffSeeTheOverview() {
        for (String role : List.of("SCHOOL_DIRECTOR", "GROUP_DPO")) {
            assertThatThrownBy(() -> withRolesAndSchool(group, role.equals("SCHOOL_DIRECTOR") ? vlinder : null, List.of(role),
                    () -> overviews.overview(year))).isInstanceOf(AccessDeniedException.class);
        }
    }
}
