package be.taakwijzer.allocation;

import static be.taakwijzer.allocation.Inputs.allocation;
import static be.taakwijzer.allocation.Inputs.person;
import static be.taakwijzer.allocation.Inputs.share;
import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.testsupport.TestTenants;

/** What a workspace covers counts as handled centrally: on the school's plan, in the warnings and in the overview. */
@SpringBootTest
@Import(WorkspaceCoverageTest.Workspace.class)
class WorkspaceCoverageTest {

    /** A workspace whose coverage the test sets, as LeerID's would be set by a school going live. */
    @TestConfiguration
    static class Workspace {
        static final Map<UUID, Set<String>> COVERED = new ConcurrentHashMap<>();

        @Bean
        WorkspaceCoverage testWorkspace() {
            return new WorkspaceCoverage() {
                @Override
                public String providerCode() {
                    return "LEERID";
                }

                @Override
                public Set<String> governedTasks() {
                    return Set.of("TECH_CENTRAL_02", "TECH_CORE_02");
                }

                @Override
                public Map<UUID, Set<String>> coveredTasks(SchoolYear year) {
                    return Map.copyOf(COVERED);
                }
            };
        }
    }

    @Autowired
    SchoolPlanService plans;
    @Autowired
    GroupOverviewService overviews;
    @Autowired
    SchoolYearService years;
    @Autowired
    CentralTaskService centralTasks;

    UUID group;
    UUID live;
    UUID notLive;

    @BeforeEach
    void schools() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        live = TestTenants.createSchool(group, "Basisschool De Vlinder");
        notLive = TestTenants.createSchool(group, "Basisschool Het Kompas");
        Workspace.COVERED.put(live, Set.of("TECH_CENTRAL_02", "TECH_CORE_02"));
    }

    @AfterEach
    void forget() {
        Workspace.COVERED.clear();
    }

    @Test
    void aCentralTaskOfAGovernedTaskCoversOnlyWhereTheWorkspaceSays() {
        SchoolYear year = years.current();
        tenant(group, () -> centralTasks.add(year, Inputs.forAllSchools("TECH_CENTRAL_02", CentralTaskStatus.ACTIVE), "ict"));
        assertThat(tenant(group, () -> plans.plan(live, year)).orElseThrow().state("TECH_CENTRAL_02")).isEqualTo(TaskState.CENTRAL);
        assertThat(tenant(group, () -> plans.plan(notLive, year)).orElseThrow().state("TECH_CENTRAL_02"))
                .as("the group's commitment alone does not cover a school that is not live").isEqualTo(TaskState.OPEN);
        assertThat(tenant(group, () -> overviews.overview(year)).state(notLive, "TECH_CENTRAL_02")).isEqualTo(TaskState.OPEN);
    }

    @Test
    void aCoveredTaskIsCentralWithTheWorkspacesProviderAndCannotBeAllocated() {
        SchoolYear year = years.current();
        SchoolPlan plan = tenant(group, () -> plans.addPerson(live, year, 0,
                person("Ann", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", "10", "TECH_TECHNISCHE_KENNIS"), "ict"));
        assertThat(plan.state("TECH_CENTRAL_02")).isEqualTo(TaskState.CENTRAL);
        assertThat(plan.coveringProvider("TECH_CORE_02")).contains("LEERID");
        assertThat(plans.warnings(plan)).noneMatch(w -> "TECH_CORE_02".equals(w.taskCode()));
        UUID ann = plan.people().getFirst().id();
        assertThatThrownBy(() -> tenant(group, () -> plans.allocate(live, year, plan.version(),
                allocation("TECH_CORE_02", share(ann, "5", "ICT_UREN")), false, "ict")))
                .isInstanceOf(InvalidInputException.class).extracting("messageKey").isEqualTo("allocation.error.central");

        assertThat(tenant(group, () -> plans.plan(notLive, year)).orElseThrow().state("TECH_CORE_02")).isEqualTo(TaskState.OPEN);
        GroupOverview overview = tenant(group, () -> overviews.overview(year));
        assertThat(overview.state(live, "TECH_CENTRAL_02")).isEqualTo(TaskState.CENTRAL);
        assertThat(overview.state(notLive, "TECH_CENTRAL_02")).isEqualTo(TaskState.OPEN);
    }
}
