package be.taakwijzer.allocation;

import static be.taakwijzer.testsupport.ServiceIsolation.assertMatrixCovers;
import static be.taakwijzer.testsupport.ServiceIsolation.assertRefused;
import static be.taakwijzer.allocation.Inputs.allocation;
import static be.taakwijzer.allocation.Inputs.asInput;
import static be.taakwijzer.allocation.Inputs.forSchools;
import static be.taakwijzer.allocation.Inputs.person;
import static be.taakwijzer.allocation.Inputs.share;
import static be.taakwijzer.allocation.Inputs.withSchools;
import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static be.taakwijzer.testsupport.AuthenticatedAs.withRolesAndSchool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
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

import be.taakwijzer.tenancy.School;
import be.taakwijzer.testsupport.RowLevelSecurityChecks;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.testsupport.CatalogueVersionFixture;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.testsupport.ServiceIsolation.AsUser;
import be.taakwijzer.testsupport.ServiceIsolation.PeopleOf;

/**
 * The isolation matrix of the allocation services: with data in group A, group B's ICT staff and a
 * director of B call every public method; they see nothing of A or are refused, and A's data is the same
 * afterwards. And at the SQL level: each allocation table shows no row of another group and takes none.
 */
@SpringBootTest
class AllocationIsolationTest {

    private static final String ICT_A = "ict@noorderlicht.example";
    private static final String INTRUDER = "ict@zuiderzon.example";

    @Autowired
    SchoolYearService years;

    @Autowired
    CentralTaskService centralTasks;

    @Autowired
    SchoolPlanService plans;

    @Autowired
    GroupOverviewService overviews;

    @Autowired
    HistoryService history;

    UUID groupA;
    UUID schoolA1;
    UUID schoolA2;
    UUID groupB;
    UUID schoolB;
    PeopleOf peopleOfB;
    SchoolYear year;
    GroupData a;

    /** What one group has, for the checks: ids of its rows, and its own objects to pass to B. */
    record GroupData(UUID staff, CentralTask chosen, CentralTask narrowed, UUID an, UUID bert, UUID chris, Allocation allocation,
                     SchoolYear next) {
    }

    @BeforeEach
    void twoGroups() {
        year = years.current();
        groupA = TestTenants.createGroup("Scholengroep Noorderlicht");
        schoolA1 = TestTenants.createSchool(groupA, "Basisschool De Vlinder");
        schoolA2 = TestTenants.createSchool(groupA, "Basisschool Het Kompas");
        groupB = TestTenants.createGroup("Scholengroep Zuiderzon");
        schoolB = TestTenants.createSchool(groupB, "Atheneum Zonnedauw");
        peopleOfB = new PeopleOf(groupB, schoolB);
        a = populate(groupA, schoolA1, schoolA2, true);
    }

    /**
     * Fills every allocation table of a group: central tasks with chosen schools, a notice (a school
     * deselected), people with hours and competences, a shared allocation; and optionally the next year.
     */
    private GroupData populate(UUID group, UUID school1, UUID school2, boolean nextYear) {
        UUID staff = TestTenants.createStaff(group, TestTenants.uniqueEmail("ict", "groep.example"), "GROUP_ICT_STAFF", null);
        return tenant(group, () -> {
            CentralTask chosen = centralTasks.add(year, new CentralTaskInput("TECH_CORE_01", "SCHOLENGROEP", staff,
                    new java.math.BigDecimal("12"), "ICT_UREN", CentralTaskStatus.ACTIVE, "centraal", false, Set.of(school1)), ICT_A);
            CentralTask both = centralTasks.add(year, forSchools("PED_CORE_01", CentralTaskStatus.ACTIVE, school1, school2), ICT_A);
            CentralTask narrowed = centralTasks.change(both, withSchools(both, school1), ICT_A);
            plans.addPerson(school1, year, 0, person("An", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", "10", "TECH_TECHNISCHE_KENNIS"), ICT_A);
            plans.addPerson(school1, year, 1, person("Bert", PersonRole.PEDAGOGISCH_ICT_COORDINATOR, "ICT_UREN", "8", "PED_ONDERWIJSERVARING"), ICT_A);
            SchoolPlan plan = plans.addPerson(school1, year, 2, person("Chris", PersonRole.LEERKRACHT, "BPT_UREN", "3"), ICT_A);
            UUID an = byName(plan, "An");
            UUID bert = byName(plan, "Bert");
            plan = plans.allocate(school1, year, 3, allocation("BEL_CORE_01", share(an, "2", "ICT_UREN"), share(bert, "1.5", "ICT_UREN")),
                    false, ICT_A);
            SchoolYear next = nextYear ? years.startNextYear(true, ICT_A) : null;
            return new GroupData(staff, chosen, narrowed, an, bert, byName(plan, "Chris"), plan.allocation("BEL_CORE_01").orElseThrow(), next);
        });
    }

    private static UUID byName(SchoolPlan plan, String name) {
        return plan.people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    // ---- the two users of group B



    private List<AsUser> usersOfB() {
        return List.of(peopleOfB::ict, peopleOfB::director);
    }

    /** All of A's data that A can read through the services. */
    private Map<String, Object> snapshotOfA() {
        return tenant(groupA, () -> {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("years", years.years());
            for (SchoolYear y : years.years()) {
                all.put("central " + y, centralTasks.centralTasks(y));
                all.put("catalogue version " + y, years.catalogueVersion(y));
                all.put("overview " + y, overviews.overview(y));
                for (UUID school : List.of(schoolA1, schoolA2)) {
                    all.put("plan " + school + " " + y, plans.plan(school, y).orElseThrow());
                }
            }
            all.put("group history", history.groupHistory());
            all.put("history 1", history.schoolHistory(schoolA1));
            all.put("history 2", history.schoolHistory(schoolA2));
            return all;
        });
    }

    @Test
    void theMatrixCoversEveryPublicMethodOfTheAllocationServices() {
        Map<Class<?>, Set<String>> covered = Map.of(
                SchoolYearService.class, Set.of("current", "today", "years", "startNextYear", "catalogueVersion", "mayAdoptCatalogue", "adoptCatalogue"),
                CentralTaskService.class, Set.of("centralTasks", "add", "change", "remove"),
                SchoolPlanService.class, Set.of("plan", "warnings", "addPerson", "changePerson", "removePerson", "allocate",
                        "dismissNotice", "copyPreviousYear"),
                GroupOverviewService.class, Set.of("overview"),
                HistoryService.class, Set.of("schoolHistory", "groupHistory"));
        assertMatrixCovers(covered);
    }

    @Test
    void groupBSeesNothingOfAInTheReadingMethods() {
        Map<String, Object> before = snapshotOfA();
        assertThat(tenant(groupA, years::years)).as("A has set up the next year").contains(a.next());

        for (AsUser b : usersOfB()) {
            assertThat(b.run(years::years)).containsExactly(year);
            assertThat(b.run(years::current)).isEqualTo(year);
            assertThat(b.run(years::today)).as("the same calendar for everyone").isEqualTo(tenant(groupA, years::today));
            assertThat(b.run(() -> centralTasks.centralTasks(year))).isEmpty();
            assertThat(b.run(() -> centralTasks.centralTasks(a.next()))).isEmpty();
            SchoolPlan own = b.run(() -> plans.plan(schoolB, year)).orElseThrow();
            assertThat(own.people()).isEmpty();
            assertThat(own.centralTasks()).isEmpty();
            assertThat(own.notices()).isEmpty();
            assertThat(b.run(() -> plans.warnings(own))).extracting(PlanWarning::personId).containsOnlyNulls();
            assertThat(b.run(() -> plans.warnings(own))).extracting(PlanWarning::kind).containsOnly(WarningKind.CORE_TASK_WITHOUT_ANYONE);
        }
        assertThat(peopleOfB.ict(() -> plans.plan(schoolA1, year))).isEmpty();
        assertThat(peopleOfB.ict(() -> plans.plan(schoolA2, a.next()))).isEmpty();
        assertRefused(() -> peopleOfB.director(() -> plans.plan(schoolA1, year)));

        GroupOverview overview = peopleOfB.ict(() -> overviews.overview(year));
        assertThat(overview.schools()).extracting(School::id).containsExactly(schoolB);
        assertThat(overview.states()).doesNotContainKeys(schoolA1, schoolA2);
        assertThat(overview.state(schoolA1, "TECH_CORE_01")).isEqualTo(TaskState.OPEN);
        assertRefused(() -> peopleOfB.director(() -> overviews.overview(year)));

        assertThat(peopleOfB.ict(() -> history.schoolHistory(schoolA1))).isEmpty();
        assertThat(peopleOfB.ict(history::groupHistory)).isEmpty();
        assertRefused(() -> peopleOfB.director(() -> history.schoolHistory(schoolA1)));
        assertRefused(() -> peopleOfB.director(history::groupHistory));
        assertThat(peopleOfB.director(() -> history.schoolHistory(schoolB))).isEmpty();

        assertThat(snapshotOfA()).isEqualTo(before);
    }

    @Test
    void groupBCannotChangeAnyPlanOfA() {
        Map<String, Object> before = snapshotOfA();
        SchoolPlan planA = tenant(groupA, () -> plans.plan(schoolA1, year)).orElseThrow();
        int v = planA.version();

        for (AsUser b : usersOfB()) {
            for (UUID school : List.of(schoolA1, schoolA2)) {
                assertRefused(() -> b.run(() -> plans.addPerson(school, year, v, person("Indringer", PersonRole.LEERKRACHT, "ICT_UREN", "1"), INTRUDER)));
                assertRefused(() -> b.run(() -> plans.changePerson(school, year, v, a.an(),
                        person("Overgenomen", PersonRole.LEERKRACHT, "ICT_UREN", "1"), INTRUDER)));
                assertRefused(() -> b.run(() -> plans.removePerson(school, year, v, a.an(), INTRUDER)));
                assertRefused(() -> b.run(() -> plans.allocate(school, year, v, allocation("TECH_CORE_02", share(a.an(), "1", "ICT_UREN")),
                        true, INTRUDER)));
                assertRefused(() -> b.run(() -> plans.allocate(school, year, v, allocation("BEL_CORE_01"), true, INTRUDER)));
                assertRefused(() -> b.run(() -> plans.dismissNotice(school, year, "PED_CORE_01", INTRUDER)));
                assertRefused(() -> b.run(() -> plans.copyPreviousYear(school, a.next(), 0, INTRUDER)));
            }
            // through their own school, naming A's people
            assertRefused(() -> b.run(() -> plans.changePerson(schoolB, year, 0, a.an(),
                    person("Overgenomen", PersonRole.LEERKRACHT, "ICT_UREN", "1"), INTRUDER)));
            assertRefused(() -> b.run(() -> plans.removePerson(schoolB, year, 0, a.bert(), INTRUDER)));
            assertRefused(() -> b.run(() -> plans.allocate(schoolB, year, 0, allocation("TECH_CORE_02", share(a.chris(), "1", "BPT_UREN")),
                    true, INTRUDER)));
            // dismissing a notice of the same task at their own school leaves A's notice
            assertThat(b.run(() -> plans.dismissNotice(schoolB, year, "PED_CORE_01", INTRUDER)).notices()).isEmpty();
        }

        assertThat(snapshotOfA()).isEqualTo(before);
        assertThat(tenant(groupA, () -> plans.plan(schoolA2, year)).orElseThrow().notices())
                .extracting(CoverageNotice::taskCode).containsExactly("PED_CORE_01");
    }

    @Test
    void groupBCannotAddChangeOrRemoveCentralTasksOfAOrStartAYearForA() {
        Map<String, Object> before = snapshotOfA();
        for (AsUser b : usersOfB()) {
            assertRefused(() -> b.run(() -> centralTasks.add(year, forSchools("ADM_CORE_01", CentralTaskStatus.ACTIVE, schoolA1), INTRUDER)));
            assertRefused(() -> b.run(() -> centralTasks.add(year, new CentralTaskInput("ADM_CORE_02", "SCHOLENGROEP", a.staff(),
                    java.math.BigDecimal.ONE, null, CentralTaskStatus.ACTIVE, "", true, Set.of()), INTRUDER)));
            assertRefused(() -> b.run(() -> centralTasks.change(a.chosen(), asInput(a.chosen()), INTRUDER)));
            assertRefused(() -> b.run(() -> centralTasks.change(a.chosen(), Inputs.withStatus(a.chosen(), CentralTaskStatus.STOPPED), INTRUDER)));
            assertRefused(() -> b.run(() -> centralTasks.change(a.narrowed(), withSchools(a.narrowed(), schoolB), INTRUDER)));
            assertRefused(() -> b.run(() -> { centralTasks.remove(a.chosen(), INTRUDER); return null; }));
            assertRefused(() -> b.run(() -> { centralTasks.remove(a.narrowed(), INTRUDER); return null; }));
        }
        assertRefused(() -> peopleOfB.director(() -> years.startNextYear(true, INTRUDER)));
        int version = CatalogueVersionFixture.publish("PED_CORE_91", "PEDAGOGISCH", "KERNTAAK", "Isolatietest", "TECH_CORE_03", "Isolatietest",
                "ADM_CORE_03");
        try {
            assertRefused(() -> peopleOfB.director(() -> { years.adoptCatalogue(a.next(), 1, version, INTRUDER); return null; }));
            assertThatThrownBy(() -> peopleOfB.ict(() -> { years.adoptCatalogue(a.next(), 1, version, INTRUDER); return null; }))
                    .as("B has no such year: A's year is not theirs to change").isInstanceOf(InvalidInputException.class)
                    .hasMessage("plan.error.year");
            assertThat(tenant(groupA, () -> years.catalogueVersion(a.next()))).isEqualTo(1);
        } finally {
            CatalogueVersionFixture.resetToTheGuide();
        }
        SchoolYear bNext = peopleOfB.ict(() -> years.startNextYear(true, INTRUDER));
        assertThat(bNext).as("B's own next year").isEqualTo(year.next());
        assertThat(peopleOfB.ict(() -> centralTasks.centralTasks(bNext))).isEmpty();
        assertThat(peopleOfB.ict(() -> plans.plan(schoolB, bNext)).orElseThrow().empty()).isTrue();

        assertThat(snapshotOfA()).isEqualTo(before);
        assertThat(tenant(groupA, () -> centralTasks.centralTasks(year))).contains(a.chosen(), a.narrowed());
    }

    // ---- the database itself

    private static final List<String> TABLES = List.of("school_year", "central_task", "central_task_school", "school_plan",
            "school_person", "school_person_hours", "school_person_competence", "allocation", "allocation_share", "coverage_notice");

    @Test
    void eachAllocationTableShowsNoRowOfAnotherGroupAndTakesNoneForIt() {
        UUID schoolB2 = TestTenants.createSchool(groupB, "Atheneum Zonnedauw II");
        GroupData b = populate(groupB, schoolB, schoolB2, false);

        Map<String, Long> rowsOfB = RowLevelSecurityChecks.countsPerTable(TABLES, groupB, groupB);
        assertThat(rowsOfB).as("B has rows in every table, so that a leak would show").allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        assertThat(RowLevelSecurityChecks.countsPerTable(TABLES, groupA, groupB)).as("B's rows as seen by A").allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(RowLevelSecurityChecks.countsPerTable(TABLES, groupA, null)).as("every row A sees is A's")
                .isEqualTo(RowLevelSecurityChecks.countsPerTable(TABLES, groupA, groupA)).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());

        Map<String, Function<UUID, String>> inserts = new LinkedHashMap<>();
        int y = year.startYear();
        inserts.put("school_year", t -> "insert into school_year (tenant_id, start_year) values ('" + t + "', " + (y + 5) + ")");
        inserts.put("central_task", t -> "insert into central_task (tenant_id, start_year, task_code, provider_code, status, all_schools) "
                + "values ('" + t + "', " + y + ", 'BEL_CORE_02', 'SCHOLENGROEP', 'ACTIVE', true)");
        inserts.put("central_task_school", t -> "insert into central_task_school (tenant_id, central_task_id, school_id) "
                + "values ('" + t + "', '" + b.chosen().id() + "', '" + schoolB2 + "')");
        inserts.put("school_plan", t -> "insert into school_plan (tenant_id, school_id, start_year) values ('" + t + "', '" + schoolB2 + "', " + y + ")");
        inserts.put("school_person", t -> "insert into school_person (tenant_id, school_id, start_year, name, role_type) "
                + "values ('" + t + "', '" + schoolB + "', " + y + ", 'Indringer', 'LEERKRACHT')");
        inserts.put("school_person_hours", t -> "insert into school_person_hours (tenant_id, person_id, funding_code, hours) "
                + "values ('" + t + "', '" + b.an() + "', 'ANDERE', 1)");
        inserts.put("school_person_competence", t -> "insert into school_person_competence (tenant_id, person_id, competence_code) "
                + "values ('" + t + "', '" + b.an() + "', 'GEN_SAMENWERKEN')");
        inserts.put("allocation", t -> "insert into allocation (tenant_id, school_id, start_year, task_code) "
                + "values ('" + t + "', '" + schoolB + "', " + y + ", 'ADM_CORE_02')");
        inserts.put("allocation_share", t -> "insert into allocation_share (tenant_id, allocation_id, person_id, hours, funding_code) "
                + "values ('" + t + "', '" + b.allocation().id() + "', '" + b.chris() + "', 1, 'BPT_UREN')");
        inserts.put("coverage_notice", t -> "insert into coverage_notice (tenant_id, school_id, start_year, task_code, created_by) "
                + "values ('" + t + "', '" + schoolB + "', " + y + ", 'BEL_CORE_03', 'indringer')");
        assertThat(inserts.keySet()).containsExactlyElementsOf(TABLES);

        RowLevelSecurityChecks.assertInsertsIsolated(groupA, groupB, inserts, List.of("central_task_school", "school_person_hours", "school_person_competence", "allocation_share"));
        assertThat(RowLevelSecurityChecks.countsPerTable(TABLES, groupB, groupB)).as("B unchanged").isEqualTo(rowsOfB);
    }

}
