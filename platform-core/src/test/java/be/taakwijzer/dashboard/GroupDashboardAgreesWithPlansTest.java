package be.taakwijzer.dashboard;

import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import be.taakwijzer.allocation.AllocationInput;
import be.taakwijzer.allocation.AllocationShare;
import be.taakwijzer.allocation.CentralTaskInput;
import be.taakwijzer.allocation.CentralTaskService;
import be.taakwijzer.allocation.CentralTaskStatus;
import be.taakwijzer.allocation.GroupOverview;
import be.taakwijzer.allocation.GroupOverviewService;
import be.taakwijzer.allocation.PersonInput;
import be.taakwijzer.allocation.PersonRole;
import be.taakwijzer.allocation.PlanWarning;
import be.taakwijzer.allocation.SchoolPlan;
import be.taakwijzer.allocation.SchoolPlanService;
import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.SchoolYearService;
import be.taakwijzer.allocation.TaskState;
import be.taakwijzer.allocation.WarningKind;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueService;
import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.catalogue.Competence;
import be.taakwijzer.sso.LeerIdSchool;
import be.taakwijzer.sso.LeerIdService;
import be.taakwijzer.sso.LeerIdState;
import be.taakwijzer.testsupport.TestTenants;

/**
 * The dashboard counts set-based in SQL what each school's page computes in Java. On plans drawn at
 * random (people of every role, competences, shared tasks, over-allocation, central tasks for all,
 * for some and stopped, LeerID live at one school, tasks allocated before the group took them over)
 * both must give the same figures for every school.
 */
@SpringBootTest
class GroupDashboardAgreesWithPlansTest {

    private static final List<String> FUNDING = List.of("ICT_UREN", "BPT_UREN", "WERKINGSMIDDELEN", "PUNTENENVELOPPE");

    @Autowired
    GroupDashboardService dashboards;
    @Autowired
    SchoolPlanService plans;
    @Autowired
    CentralTaskService centralTasks;
    @Autowired
    GroupOverviewService overviews;
    @Autowired
    LeerIdService leerId;
    @Autowired
    SchoolYearService years;
    @Autowired
    CatalogueService catalogueService;

    @Test
    void everySchoolsFiguresMatchItsPlanAndTheOverview() {
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            UUID group = TestTenants.createGroup("Scholengroep Willekeur " + seed);
            List<UUID> schools = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                schools.add(TestTenants.createSchool(group, "School " + seed + "-" + i));
            }
            SchoolYear year = years.current();
            Catalogue catalogue = catalogueService.catalogue();
            schools.forEach(school -> tenant(group, () -> fillAtRandom(school, year, catalogue, random)));
            coverCentrallyAtRandom(group, schools, year, catalogue, random);
            tenant(group, () -> goLive(schools.getFirst()));

            GroupDashboard dashboard = tenant(group, () -> dashboards.dashboard(year));
            GroupOverview overview = tenant(group, () -> overviews.overview(year));
            List<String> codes = catalogue.tasks().stream().map(CatalogueTask::code).toList();
            for (UUID school : schools) {
                SchoolPlan plan = tenant(group, () -> plans.plan(school, year)).orElseThrow();
                Map<WarningKind, Long> expected = new EnumMap<>(WarningKind.class);
                plans.warnings(plan).stream().map(PlanWarning::kind).forEach(kind -> expected.merge(kind, 1L, Long::sum));
                GroupDashboard.SchoolFigures figures = dashboard.of(school);
                assertThat(figures.warnings()).as("warnings of school %s, seed %s", school, seed).isEqualTo(expected);
                assertThat(figures.central()).as("central").isEqualTo(overview.count(school, codes, TaskState.CENTRAL));
                assertThat(figures.allocated()).as("allocated").isEqualTo(overview.count(school, codes, TaskState.ALLOCATED));
                assertThat(dashboard.open(figures)).as("open").isEqualTo(overview.count(school, codes, TaskState.OPEN));
                assertThat(figures.clusterHours()).as("hours per cluster").isEqualTo(ownHoursPerCluster(plan, catalogue));
                long overHours = dashboard.overHours().stream().filter(person -> person.schoolId().equals(school)).count();
                assertThat(overHours).isEqualTo(expected.getOrDefault(WarningKind.PERSON_OVER_HOURS, 0L));
            }
        }
    }

    private SchoolPlan fillAtRandom(UUID school, SchoolYear year, Catalogue catalogue, Random random) {
        List<String> competences = catalogue.competences().stream().map(Competence::code).toList();
        SchoolPlan plan = plans.plan(school, year).orElseThrow();
        int people = 1 + random.nextInt(4);
        for (int p = 0; p < people; p++) {
            PersonRole role = PersonRole.values()[random.nextInt(PersonRole.values().length)];
            Map<String, BigDecimal> hours = new HashMap<>();
            hours.put(FUNDING.get(random.nextInt(FUNDING.size())), BigDecimal.valueOf(5 + random.nextInt(40)));
            Set<String> has = new HashSet<>();
            for (int c = random.nextInt(3); c > 0; c--) {
                has.add(competences.get(random.nextInt(competences.size())));
            }
            plan = plans.addPerson(school, year, plan.version(), new PersonInput("Persoon " + p, null, role, hours, has), "ict");
        }
        List<CatalogueTask> tasks = new ArrayList<>(catalogue.tasks());
        Collections.shuffle(tasks, random);
        for (CatalogueTask task : tasks.subList(0, 8 + random.nextInt(20))) {
            if (plan.state(task.code()) == TaskState.CENTRAL) {
                continue;
            }
            List<AllocationShare> shares = new ArrayList<>();
            List<UUID> ids = new ArrayList<>(plan.people().stream().map(person -> person.id()).toList());
            Collections.shuffle(ids, random);
            for (UUID person : ids.subList(0, Math.min(ids.size(), 1 + random.nextInt(2)))) {
                shares.add(new AllocationShare(person, BigDecimal.valueOf(1 + random.nextInt(12)), FUNDING.get(random.nextInt(FUNDING.size()))));
            }
            plan = plans.allocate(school, year, plan.version(), new AllocationInput(task.code(), "", shares), true, "ict");
        }
        return plan;
    }

    private void coverCentrallyAtRandom(UUID group, List<UUID> schools, SchoolYear year, Catalogue catalogue, Random random) {
        List<CatalogueTask> tasks = new ArrayList<>(catalogue.tasks());
        Collections.shuffle(tasks, random);
        CentralTaskStatus[] statuses = {CentralTaskStatus.ACTIVE, CentralTaskStatus.PLANNED, CentralTaskStatus.STOPPED};
        for (CatalogueTask task : tasks.subList(0, 6)) {
            boolean all = random.nextBoolean();
            Set<UUID> chosen = all ? Set.of() : new HashSet<>(List.of(schools.get(random.nextInt(schools.size())), schools.get(random.nextInt(schools.size()))));
            CentralTaskInput input = new CentralTaskInput(task.code(), "SCHOLENGROEP", null, BigDecimal.TEN, null,
                    statuses[random.nextInt(statuses.length)], "", all, chosen);
            tenant(group, () -> centralTasks.add(year, input, "ict"));
        }
    }

    private LeerIdSchool goLive(UUID school) {
        LeerIdSchool current = leerId.school(school).orElseThrow();
        while (current.state() != LeerIdState.LIVE) {
            current = leerId.changeState(school, current.version(), current.state().next(), "", "ict");
        }
        return current;
    }

    private static Map<String, BigDecimal> ownHoursPerCluster(SchoolPlan plan, Catalogue catalogue) {
        Map<String, String> clusterOf = new HashMap<>();
        catalogue.tasks().forEach(task -> clusterOf.put(task.code(), task.clusterCode()));
        Map<String, BigDecimal> hours = new HashMap<>();
        plan.ownAllocations().forEach(allocation -> allocation.shares().forEach(share -> hours.merge(
                clusterOf.get(allocation.taskCode()), share.hours(), BigDecimal::add)));
        return hours;
    }
}
