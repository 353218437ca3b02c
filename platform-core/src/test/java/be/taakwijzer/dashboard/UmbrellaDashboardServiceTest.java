package be.taakwijzer.dashboard;

import static be.taakwijzer.testsupport.UmbrellaFixtures.central;
import static be.taakwijzer.testsupport.UmbrellaFixtures.hours;
import static be.taakwijzer.testsupport.UmbrellaFixtures.school;
import static be.taakwijzer.testsupport.AuthenticatedAs.adviser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static be.taakwijzer.testsupport.AuthenticatedAs.noTenant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import be.taakwijzer.allocation.PersonRole;
import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.dashboard.UmbrellaDashboard.ClusterHours;
import be.taakwijzer.dashboard.UmbrellaDashboard.Gap;
import be.taakwijzer.dashboard.UmbrellaDashboard.ProviderCount;
import be.taakwijzer.dashboard.UmbrellaDashboard.RoleShare;
import be.taakwijzer.dashboard.UmbrellaDashboard.TaskCoverage;
import be.taakwijzer.catalogue.CatalogueService;
import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.testsupport.CatalogueVersionFixture;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.testsupport.UmbrellaFixtures;

/** The umbrella dashboard's figures, computed by hand on six schools in two groups; and the anonymity rule at its edge. */
@SpringBootTest
class UmbrellaDashboardServiceTest {

    static final SchoolYear YEAR = new SchoolYear(UmbrellaFixtures.YEAR);
    static final String COORDINATOR = "TECHNISCH_ICT_COORDINATOR";

    @Autowired
    UmbrellaDashboardService dashboards;
    @Autowired
    CatalogueService catalogues;

    /**
     * Six schools of 150–299 pupils. Own hours on the technical cluster: 10, 20, 30, 40, none, 20 + 40 (a firm);
     * s1 also has 100 hours on a task its group covers centrally (not its own), and 5 pedagogical hours.
     */
    private UUID sixSchools() {
        UUID umbrella = UmbrellaFixtures.umbrella();
        UUID g1 = UmbrellaFixtures.group(umbrella);
        UUID g2 = UmbrellaFixtures.group(umbrella);
        UUID s1 = school(g1);
        UUID s2 = school(g1);
        UUID s3 = school(g1);
        UUID s4 = school(g2);
        UUID s5 = school(g2);
        UUID s6 = school(g2);
        central(g1, "BEL_CENTRAL_01", "SCHOLENGROEP");
        central(g1, "TECH_CORE_09", "SCHOLENGROEP");
        central(g2, "BEL_CENTRAL_01", "KOEPEL", s4, s5);
        hours(g1, s1, "TECH_CORE_01", COORDINATOR, "10");
        hours(g1, s1, "TECH_CORE_09", COORDINATOR, "100");
        hours(g1, s1, "PED_CORE_01", "LEERKRACHT", "5");
        hours(g1, s2, "TECH_CORE_01", COORDINATOR, "20");
        hours(g1, s3, "TECH_CORE_01", COORDINATOR, "30");
        hours(g2, s4, "TECH_CORE_01", COORDINATOR, "40");
        hours(g2, s6, "TECH_CORE_01", COORDINATOR, "20");
        hours(g2, s6, "TECH_CORE_02", "EXTERNE_FIRMA", "40");
        return umbrella;
    }

    @Test
    void figuresOverSixSchoolsMatchTheHandComputation() {
        UUID umbrella = sixSchools();
        UmbrellaDashboard dashboard = adviser(umbrella, () -> dashboards.dashboard(YEAR));
        assertThat(dashboard.minimumSchools()).isEqualTo(5);
        assertThat(dashboard.schools()).isEqualTo(6);
        assertThat(dashboard.suppressed()).isFalse();

        // technical hours 0, 10, 20, 30, 40, 60: median (20 + 30) / 2, quartiles at positions 1.25 and 3.75
        ClusterHours technical = cell(dashboard, SizeBand.FROM_150_TO_299, "TECHNISCH");
        assertThat(technical.schools()).isEqualTo(6);
        assertThat(technical.median()).isEqualByComparingTo("25");
        assertThat(technical.p25()).isEqualByComparingTo("12.5");
        assertThat(technical.p75()).isEqualByComparingTo("37.5");
        ClusterHours pedagogical = cell(dashboard, SizeBand.FROM_150_TO_299, "PEDAGOGISCH");
        assertThat(List.of(pedagogical.median(), pedagogical.p25(), pedagogical.p75())).allSatisfy(v -> assertThat(v).isEqualByComparingTo("0"));
        assertThat(dashboard.clusterHours()).extracting(ClusterHours::band).containsOnly(SizeBand.FROM_150_TO_299);
        assertThat(dashboard.clusterHours()).hasSize(4);

        // 5 of 6 schools have BEL_CENTRAL_01 centrally: 3 through their group, 2 through the umbrella (too few to show)
        TaskCoverage privacy = coverage(dashboard, "BEL_CENTRAL_01");
        assertThat(privacy.schools()).isEqualTo(5);
        assertThat(privacy.share()).isEqualByComparingTo("0.833");
        assertThat(privacy.providers()).extracting(ProviderCount::providerCode).containsExactly("KOEPEL", "SCHOLENGROEP");
        assertThat(privacy.providers()).allSatisfy(p -> {
            assertThat(p.suppressed()).isTrue();
            assertThat(p.schools()).isNull();
            assertThat(p.share()).isNull();
        });
        assertThat(coverage(dashboard, "BEL_CENTRAL_02").schools()).as("a central-level task nobody covers").isZero();
        assertThat(coverage(dashboard, "TECH_CORE_09").suppressed()).as("covered at 3 schools").isTrue();

        // the coordinator takes technical work at 5 schools, 120 of the 160 own technical hours; the firm at 1
        RoleShare coordinator = role(dashboard, "TECHNISCH", PersonRole.TECHNISCH_ICT_COORDINATOR);
        assertThat(coordinator.schools()).isEqualTo(5);
        assertThat(coordinator.hoursShare()).isEqualByComparingTo("0.750");
        RoleShare firm = role(dashboard, "TECHNISCH", PersonRole.EXTERNE_FIRMA);
        assertThat(firm.suppressed()).isTrue();
        assertThat(firm.hoursShare()).isNull();
        assertThat(role(dashboard, "PEDAGOGISCH", PersonRole.LEERKRACHT).suppressed()).isTrue();

        // 21 core tasks are open everywhere: the first ten by code; TECH_CORE_01 (open at 1) and TECH_CORE_09 (3) are not among them
        assertThat(dashboard.gaps()).hasSize(10).allSatisfy(gap -> {
            assertThat(gap.schools()).isEqualTo(6);
            assertThat(gap.share()).isEqualByComparingTo("1");
        });
        assertThat(dashboard.gaps()).extracting(Gap::taskCode).isSorted().doesNotContain("TECH_CORE_01", "TECH_CORE_02", "TECH_CORE_09", "PED_CORE_01");
    }

    @Test
    void aCellOfFourSchoolsIsSuppressedAndOfFiveShownInEverySection() {
        UmbrellaDashboard four = adviser(uniformSchools(4), () -> dashboards.dashboard(YEAR));
        assertThat(four.suppressed()).isTrue();
        assertThat(four.schools()).isNull();
        assertThat(coverage(four, "BEL_CENTRAL_01")).satisfies(c -> {
            assertThat(c.suppressed()).isTrue();
            assertThat(c.schools()).isNull();
            assertThat(c.share()).isNull();
            assertThat(c.providers()).isEmpty();
        });
        assertThat(four.clusterHours()).isNotEmpty().allSatisfy(cell -> {
            assertThat(cell.suppressed()).isTrue();
            assertThat(Arrays.asList(cell.schools(), cell.median(), cell.p25(), cell.p75())).containsOnlyNulls();
        });
        assertThat(four.roles()).isNotEmpty().allSatisfy(r -> assertThat(r.suppressed() && r.schools() == null && r.hoursShare() == null).isTrue());
        assertThat(four.gaps()).isNotEmpty().allSatisfy(g -> assertThat(g.suppressed() && g.schools() == null && g.share() == null).isTrue());

        UmbrellaDashboard five = adviser(uniformSchools(5), () -> dashboards.dashboard(YEAR));
        assertThat(five.schools()).isEqualTo(5);
        assertThat(coverage(five, "BEL_CENTRAL_01")).satisfies(c -> {
            assertThat(c.schools()).isEqualTo(5);
            assertThat(c.share()).isEqualByComparingTo("1");
            assertThat(c.providers()).singleElement().isEqualTo(new ProviderCount("KOEPEL", 5, c.share(), false));
        });
        ClusterHours technical = cell(five, SizeBand.FROM_150_TO_299, "TECHNISCH");
        assertThat(technical.suppressed()).isFalse();
        assertThat(technical.schools()).isEqualTo(5);
        assertThat(technical.median()).isEqualByComparingTo("30");
        assertThat(role(five, "TECHNISCH", PersonRole.TECHNISCH_ICT_COORDINATOR).schools()).isEqualTo(5);
        assertThat(five.gaps()).isNotEmpty().allSatisfy(g -> assertThat(g.schools()).isEqualTo(5));
    }

    @Test
    void aCountOfFourSchoolsWithinALargerUmbrellaIsSuppressedTooAndSortsAfterTheShownOnes() {
        UUID umbrella = UmbrellaFixtures.umbrella();
        UUID group = UmbrellaFixtures.group(umbrella);
        List<UUID> schools = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            schools.add(school(group));
        }
        central(group, "BEL_CENTRAL_01", "KOEPEL", schools.subList(0, 4).toArray(UUID[]::new));
        for (UUID school : schools.subList(0, 4)) {
            hours(group, school, "TECH_CORE_01", COORDINATOR, "10");
        }
        UmbrellaDashboard dashboard = adviser(umbrella, () -> dashboards.dashboard(YEAR));
        assertThat(dashboard.schools()).isEqualTo(6);
        assertThat(coverage(dashboard, "BEL_CENTRAL_01").suppressed()).isTrue();
        assertThat(coverage(dashboard, "BEL_CENTRAL_01").providers()).singleElement().satisfies(p -> assertThat(p.suppressed()).isTrue());
        assertThat(role(dashboard, "TECHNISCH", PersonRole.TECHNISCH_ICT_COORDINATOR).suppressed()).isTrue();
        assertThat(cell(dashboard, SizeBand.FROM_150_TO_299, "TECHNISCH").median()).as("over all six schools").isEqualByComparingTo("10");
        // TECH_CORE_01 is open at 2 schools: suppressed, and listed after the shown gaps whatever its count
        List<Gap> gaps = dashboard.gaps();
        assertThat(gaps.stream().filter(Gap::suppressed)).allSatisfy(g -> assertThat(gaps.indexOf(g)).isGreaterThanOrEqualTo(
                (int) gaps.stream().filter(x -> !x.suppressed()).count()));
    }

    @Test
    void schoolsWithoutAPlanCountWithZeroHoursAndEveryTaskOpen() {
        UUID umbrella = UmbrellaFixtures.umbrella();
        UUID group = UmbrellaFixtures.group(umbrella);
        for (int i = 0; i < 5; i++) {
            school(group, "SECUNDAIR", 700);
        }
        UmbrellaDashboard dashboard = adviser(umbrella, () -> dashboards.dashboard(YEAR));
        assertThat(dashboard.schools()).isEqualTo(5);
        assertThat(cell(dashboard, SizeBand.FROM_600, "BELEID").median()).isEqualByComparingTo("0");
        assertThat(dashboard.roles()).isEmpty();
        assertThat(dashboard.gaps()).hasSize(10).allSatisfy(g -> assertThat(g.share()).isEqualByComparingTo("1"));
        assertThat(adviser(umbrella, dashboards::years)).containsExactly(YEAR);
    }

    /** n schools of one group, each with 10, 20, ... technical hours and BEL_CENTRAL_01 from the umbrella. */
    private static UUID uniformSchools(int n) {
        UUID umbrella = UmbrellaFixtures.umbrella();
        UUID group = UmbrellaFixtures.group(umbrella);
        List<UUID> schools = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            UUID school = school(group);
            schools.add(school);
            hours(group, school, "TECH_CORE_01", COORDINATOR, String.valueOf(10 * i));
        }
        central(group, "BEL_CENTRAL_01", "KOEPEL", schools.toArray(UUID[]::new));
        return umbrella;
    }

    static ClusterHours cell(UmbrellaDashboard dashboard, SizeBand band, String cluster) {
        return dashboard.clusterHours().stream().filter(c -> c.band() == band && c.clusterCode().equals(cluster)).findFirst().orElseThrow();
    }

    static TaskCoverage coverage(UmbrellaDashboard dashboard, String task) {
        return dashboard.coverage().stream().filter(c -> c.taskCode().equals(task)).findFirst().orElseThrow();
    }

    static RoleShare role(UmbrellaDashboard dashboard, String cluster, PersonRole role) {
        return dashboard.roles().stream().filter(r -> r.clusterCode().equals(cluster) && r.role() == role).findFirst().orElseThrow();
    }

    @Test
    void aCoreTaskIsOpenOnlyAtSchoolsWhoseYearsCatalogueVersionHoldsIt() {
        UUID umbrella = UmbrellaFixtures.umbrella();
        UUID onGuide = UmbrellaFixtures.group(umbrella);
        UUID onTwo = UmbrellaFixtures.group(umbrella);
        for (int i = 0; i < 5; i++) {
            school(onGuide);
            school(onTwo);
        }
        int version = CatalogueVersionFixture.publish("PED_CORE_92", "PEDAGOGISCH", "KERNTAAK", "Umbrella-test", "TECH_CORE_03",
                "Umbrella-test", "ADM_CORE_04");
        try {
            TestTenants.inTenant(onTwo, connection -> connection.createStatement().execute(
                    "update school_year set catalogue_version = " + version + " where start_year = " + UmbrellaFixtures.YEAR));
            // every core task of the guide is covered centrally in both groups, except two left open
            for (CatalogueTask task : noTenant(() -> catalogues.catalogue(1)).tasks()) {
                if (task.levelCode().equals("KERNTAAK") && !List.of("TECH_CORE_01", "ADM_CORE_04").contains(task.code())) {
                    central(onGuide, task.code(), "SCHOLENGROEP");
                    central(onTwo, task.code(), "SCHOLENGROEP");
                }
            }
            UmbrellaDashboard dashboard = adviser(umbrella, () -> dashboards.dashboard(YEAR));
            assertThat(dashboard.gaps()).extracting(Gap::taskCode, Gap::schools).containsExactly(
                    tuple("TECH_CORE_01", 10), tuple("ADM_CORE_04", 5), tuple("PED_CORE_92", 5));
        } finally {
            CatalogueVersionFixture.resetToTheGuide();
        }
    }
}
