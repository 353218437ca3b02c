package be.taakwijzer.allocation;

import static be.taakwijzer.allocation.Inputs.allocation;
import static be.taakwijzer.allocation.Inputs.forAllSchools;
import static be.taakwijzer.allocation.Inputs.person;
import static be.taakwijzer.allocation.Inputs.share;
import static be.taakwijzer.testsupport.AuthenticatedAs.noTenant;
import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueChanges;
import be.taakwijzer.catalogue.CatalogueService;
import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.catalogue.CatalogueVersion;
import be.taakwijzer.dashboard.GroupDashboardService;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.testsupport.CatalogueVersionFixture;
import be.taakwijzer.testsupport.TestDatabase;
import be.taakwijzer.testsupport.TestTenants;

/**
 * Catalogue versions: a version reads its own tasks and wording; a school year keeps its version until the
 * group adopts a newer one before the year starts; a new year takes the newest version and leaves retired
 * tasks behind; allocations and central tasks keep the version they were made with.
 */
@SpringBootTest
class CatalogueVersionsTest {

    private static final String ICT = "ict@noorderlicht.example";
    private static final String ADDED = "PED_CORE_90";
    private static final String REWORDED = "TECH_CORE_02";
    private static final String RETIRED = "ADM_CORE_04";

    @Autowired
    CatalogueService catalogues;
    @Autowired
    SchoolYearService years;
    @Autowired
    SchoolPlanService plans;
    @Autowired
    CentralTaskService centralTasks;
    @Autowired
    HistoryService history;
    @Autowired
    GroupDashboardService dashboards;

    UUID group;
    UUID school;
    SchoolYear year;

    @BeforeEach
    void group() {
        group = TestTenants.createGroup("Scholengroep Versies");
        school = TestTenants.createSchool(group, "Basisschool De Versie");
        year = years.current();
    }

    @AfterEach
    void backToTheGuide() {
        CatalogueVersionFixture.resetToTheGuide();
    }

    private <T> T asIct(Supplier<T> work) {
        return tenant(group, work);
    }

    private static int publishVersionTwo() {
        return CatalogueVersionFixture.publish(ADDED, "PEDAGOGISCH", "KERNTAAK", "Een nieuwe kerntaak voor de test", REWORDED,
                "Een nieuwe verwoording voor de test", RETIRED);
    }

    private static Map<String, String> codes(Catalogue catalogue) {
        Map<String, String> names = new HashMap<>();
        catalogue.tasks().forEach(task -> names.put(task.code(), task.name().nl()));
        return names;
    }

    @Test
    void aVersionReadsItsOwnTasksAndWordingAndTheGuideStaysAsItWas() {
        Map<String, String> guide = codes(noTenant(() -> catalogues.catalogue(1)));
        int version = publishVersionTwo();

        assertThat(noTenant(catalogues::versions)).extracting(CatalogueVersion::number).containsExactly(1, version);
        assertThat(codes(noTenant(() -> catalogues.catalogue(1)))).as("version 1 is the guide, unchanged").isEqualTo(guide);
        Map<String, String> two = codes(noTenant(() -> catalogues.catalogue(version)));
        assertThat(two).containsEntry(ADDED, "Een nieuwe kerntaak voor de test")
                .containsEntry(REWORDED, "Een nieuwe verwoording voor de test")
                .doesNotContainKey(RETIRED)
                .hasSize(guide.size());
        assertThat(noTenant(catalogues::catalogue).tasks()).as("the newest version by default").hasSize(two.size());

        CatalogueChanges changes = noTenant(() -> catalogues.changes(1, version));
        assertThat(changes.added()).extracting(CatalogueTask::code).containsExactly(ADDED);
        assertThat(changes.reworded()).singleElement().satisfies(r -> {
            assertThat(r.task().code()).isEqualTo(REWORDED);
            assertThat(r.before().nl()).isEqualTo(guide.get(REWORDED));
        });
        assertThat(changes.retired()).extracting(CatalogueTask::code).containsExactly(RETIRED);
        assertThatThrownBy(() -> noTenant(() -> catalogues.catalogue(version + 1)))
                .isInstanceOf(InvalidInputException.class).hasMessage("catalogue.error.version");
    }

    @Test
    void aYearKeepsItsVersionUntilTheGroupAdoptsANewerOneBeforeTheYearStarts() {
        SchoolYear next = asIct(() -> years.startNextYear(false, ICT));
        int version = publishVersionTwo();

        assertThat(asIct(() -> years.catalogueVersion(year))).isEqualTo(1);
        assertThat(asIct(() -> years.catalogueVersion(next))).as("recorded before version 2 came").isEqualTo(1);
        assertThatThrownBy(() -> asIct(() -> {
            years.adoptCatalogue(year, 1, version, ICT);
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessage("catalogue.error.year-started");
        assertThatThrownBy(() -> asIct(() -> {
            years.adoptCatalogue(next, version, 1, ICT);
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessage("catalogue.error.version");
        assertThatThrownBy(() -> asIct(() -> {
            years.adoptCatalogue(next, 1, version + 1, ICT);
            return null;
        })).as("a version that is not published").isInstanceOf(InvalidInputException.class).hasMessage("catalogue.error.version");

        CentralTask onRetired = asIct(() -> centralTasks.add(next, forAllSchools(RETIRED, CentralTaskStatus.PLANNED), ICT));
        assertThatThrownBy(() -> asIct(() -> {
            years.adoptCatalogue(next, 1, version, ICT);
            return null;
        })).as("the year still plans a task the new version retires").isInstanceOf(InvalidInputException.class)
                .hasMessage("catalogue.error.retired-in-use");
        assertThat(asIct(() -> years.catalogueVersion(next))).isEqualTo(1);
        asIct(() -> {
            centralTasks.remove(onRetired, ICT);
            years.adoptCatalogue(next, 1, version, ICT);
            return null;
        });
        assertThat(asIct(() -> years.catalogueVersion(next))).isEqualTo(version);
        assertThat(asIct(history::groupHistory)).anySatisfy(entry -> {
            assertThat(entry.entity()).isEqualTo("school_year");
            assertThat(entry.after()).contains("\"catalogueVersion\": " + version);
        });
        assertThatThrownBy(() -> asIct(() -> {
            years.adoptCatalogue(next, 1, version, ICT);
            return null;
        })).as("adopted by someone else meanwhile").isInstanceOf(InvalidInputException.class);

        SchoolPlan withAn = asIct(() -> plans.addPerson(school, next, 0, person("An", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", "10"), ICT));
        UUID an = withAn.people().getFirst().id();
        assertThatThrownBy(() -> asIct(() -> plans.allocate(school, next, withAn.version(), allocation(RETIRED, share(an, "2", "ICT_UREN")),
                false, ICT))).isInstanceOf(InvalidInputException.class).hasMessage("allocation.error.task");
        SchoolPlan allocated = asIct(() -> plans.allocate(school, next, withAn.version(), allocation(ADDED, share(an, "2", "ICT_UREN")), false, ICT));
        assertThat(allocated.allocation(ADDED)).isPresent();
        assertThatThrownBy(() -> asIct(() -> centralTasks.add(next, forAllSchools(RETIRED, CentralTaskStatus.ACTIVE), ICT)))
                .isInstanceOf(InvalidInputException.class).hasMessage("allocation.error.task");
        assertThat(madeWith("allocation", next)).containsOnly(version);

        assertThat(asIct(() -> dashboards.dashboard(next)).taskCount()).isEqualTo(noTenant(() -> catalogues.catalogue(version)).tasks().size());
        assertThat(asIct(() -> dashboards.dashboard(year)).taskCount()).isEqualTo(noTenant(() -> catalogues.catalogue(1)).tasks().size());
    }

    @Test
    void aNewYearTakesTheNewestVersionAndLeavesRetiredTasksBehind() {
        SchoolPlan withAn = asIct(() -> plans.addPerson(school, year, 0, person("An", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", "10"), ICT));
        UUID an = withAn.people().getFirst().id();
        SchoolPlan one = asIct(() -> plans.allocate(school, year, withAn.version(), allocation(RETIRED, share(an, "2", "ICT_UREN")), false, ICT));
        asIct(() -> plans.allocate(school, year, one.version(), allocation(REWORDED, share(an, "3", "ICT_UREN")), false, ICT));
        asIct(() -> centralTasks.add(year, forAllSchools("ADM_CORE_02", CentralTaskStatus.ACTIVE), ICT));
        asIct(() -> centralTasks.add(year, forAllSchools(RETIRED, CentralTaskStatus.ACTIVE), ICT));
        int version = publishVersionTwo();

        SchoolYear next = asIct(() -> years.startNextYear(true, ICT));

        assertThat(asIct(() -> years.catalogueVersion(next))).isEqualTo(version);
        SchoolPlan copied = asIct(() -> plans.plan(school, next)).orElseThrow();
        assertThat(copied.allocations()).extracting(a -> a.taskCode()).containsExactly(REWORDED);
        assertThat(asIct(() -> centralTasks.centralTasks(next))).extracting(CentralTask::taskCode)
                .as("the retired task's central task stays behind").containsExactly("ADM_CORE_02");
        assertThat(asIct(() -> plans.plan(school, year)).orElseThrow().allocations()).extracting(a -> a.taskCode())
                .as("the earlier year keeps its allocations").containsExactlyInAnyOrder(RETIRED, REWORDED);
        assertThat(madeWith("allocation", year)).containsOnly(1);
        assertThat(madeWith("allocation", next)).containsOnly(version);
        assertThat(madeWith("central_task", next)).containsOnly(version);
    }

    /** The catalogue versions this group's rows of a table in a year were made with. */
    private List<Integer> madeWith(String table, SchoolYear schoolYear) {
        try (Connection operator = TestDatabase.get().connectAsOperator();
             PreparedStatement statement = operator.prepareStatement(
                     "select catalogue_version from " + table + " where tenant_id = ? and start_year = ?")) {
            statement.setObject(1, group);
            statement.setInt(2, schoolYear.startYear());
            List<Integer> versions = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    versions.add(rs.getInt(1));
                }
            }
            return versions;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
