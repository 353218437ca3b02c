package be.taakwijzer.dashboard;

import static be.taakwijzer.testsupport.UmbrellaFixtures.hours;
import static be.taakwijzer.testsupport.UmbrellaFixtures.school;
import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static be.taakwijzer.testsupport.AuthenticatedAs.withRolesAndSchool;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.dashboard.SchoolBenchmark.ClusterComparison;
import be.taakwijzer.testsupport.UmbrellaFixtures;

/** A school beside the comparable schools of its umbrella: hand-computed figures, and the anonymity rule at its edge. */
@SpringBootTest
class SchoolBenchmarkServiceTest {

    static final SchoolYear YEAR = new SchoolYear(UmbrellaFixtures.YEAR);

    @Autowired
    SchoolBenchmarkService benchmarks;

    record Setting(UUID group, UUID own) {
    }

    /**
     * The own school (basic, 200 pupils, 15 technical hours) and {@code peers} comparable schools in another group
     * of the umbrella with 10, 20, 30, ... technical hours; plus schools that do not compare (other level, other band).
     */
    private static Setting umbrellaWith(int peers) {
        UUID umbrella = UmbrellaFixtures.umbrella();
        UUID group = UmbrellaFixtures.group(umbrella);
        UUID other = UmbrellaFixtures.group(umbrella);
        UUID own = school(group);
        hours(group, own, "TECH_CORE_01", "TECHNISCH_ICT_COORDINATOR", "15");
        for (int i = 1; i <= peers; i++) {
            UUID peer = school(other);
            hours(other, peer, "TECH_CORE_01", "TECHNISCH_ICT_COORDINATOR", String.valueOf(10 * i));
        }
        for (UUID unlike : List.of(school(other, "SECUNDAIR", 200), school(other, "BASIS", 100), school(other, "BASIS", 300))) {
            hours(other, unlike, "TECH_CORE_01", "TECHNISCH_ICT_COORDINATOR", "500");
        }
        return new Setting(group, own);
    }

    @Test
    void aDirectorSeesTheOwnSchoolBesideTheMedianOfFiveComparableSchools() {
        Setting setting = umbrellaWith(5);
        SchoolBenchmark benchmark = asDirector(setting);
        assertThat(benchmark.band()).isEqualTo(SizeBand.FROM_150_TO_299);
        assertThat(benchmark.minimumSchools()).isEqualTo(5);
        assertThat(benchmark.clusters()).extracting(ClusterComparison::clusterCode)
                .containsExactly("TECHNISCH", "PEDAGOGISCH", "BELEID", "ADMINISTRATIEF");
        ClusterComparison technical = benchmark.clusters().getFirst();
        // peers 10, 20, 30, 40, 50: the schools of another level or band and the own school are left out
        assertThat(technical.ownHours()).isEqualByComparingTo("15");
        assertThat(technical.schools()).isEqualTo(5);
        assertThat(technical.median()).isEqualByComparingTo("30");
        assertThat(technical.p25()).isEqualByComparingTo("20");
        assertThat(technical.p75()).isEqualByComparingTo("40");
        assertThat(benchmark.clusters().get(1).median()).isEqualByComparingTo("0");
    }

    @Test
    void fourComparableSchoolsAreTooFew() {
        Setting setting = umbrellaWith(4);
        SchoolBenchmark benchmark = asDirector(setting);
        assertThat(benchmark.clusters()).allSatisfy(cluster -> {
            assertThat(cluster.suppressed()).isTrue();
            assertThat(cluster.schools()).isNull();
            assertThat(cluster.median()).isNull();
            assertThat(cluster.p25()).isNull();
            assertThat(cluster.p75()).isNull();
        });
        assertThat(benchmark.clusters().getFirst().ownHours()).as("the own school's hours are its own to see").isEqualByComparingTo("15");
    }

    @Test
    void groupIctStaffCompareAnySchoolOfTheirGroup() {
        Setting setting = umbrellaWith(5);
        SchoolBenchmark benchmark = tenant(setting.group(), () -> benchmarks.benchmark(setting.own(), YEAR));
        assertThat(benchmark.clusters().getFirst().median()).isEqualByComparingTo("30");
    }

    @Test
    void aSchoolOfAGroupWithoutUmbrellaHasNothingToCompareWith() {
        UUID group = be.taakwijzer.testsupport.TestTenants.createGroup("Scholengroep zonder koepel");
        UUID own = school(group);
        SchoolBenchmark benchmark = tenant(group, () -> benchmarks.benchmark(own, YEAR));
        assertThat(benchmark.clusters()).hasSize(4).allSatisfy(cluster -> assertThat(cluster.suppressed()).isTrue());
    }

    private SchoolBenchmark asDirector(Setting setting) {
        return withRolesAndSchool(setting.group(), setting.own(), List.of("SCHOOL_DIRECTOR"),
                () -> benchmarks.benchmark(setting.own(), YEAR));
    }
}
