package be.taakwijzer.allocation;

import static be.taakwijzer.allocation.Inputs.allocation;
import static be.taakwijzer.allocation.Inputs.person;
import static be.taakwijzer.allocation.Inputs.share;
import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static be.taakwijzer.testsupport.AuthenticatedAs.withRolesAndSchool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import be.taakwijzer.testsupport.TestTenants;

/** Two people editing the same school plan never overwrite each other: the second save on the same version is refused. */
@SpringBootTest
class ConcurrentPlanEditTest {

    private static final String ICT = "ict@noorderlicht.example";
    private static final String DIRECTOR = "directeur@vlinder.example";

    @Autowired
    SchoolPlanService plans;

    @Autowired
    SchoolYearService years;

    UUID group;
    UUID vlinder;
    SchoolYear year;
    ExecutorService executor;

    @BeforeEach
    void group() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");
        year = years.current();
        executor = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() throws InterruptedException {
        executor.shutdownNow();
        assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    private <T> T asIct(Supplier<T> work) {
        return tenant(group, work);
    }

    private <T> T asDirector(Supplier<T> work) {
        return withRolesAndSchool(group, vlinder, List.of("SCHOOL_DIRECTOR"), work);
    }

    private SchoolPlan plan() {
        return asIct(() -> plans.plan(vlinder, year)).orElseThrow();
    }

    @Test
    void theSecondSaveOnTheSameVersionIsRefusedAndSavesNothingUntilReloaded() {
        SchoolPlan start = asIct(() -> plans.addPerson(vlinder, year, 0,
                person("An", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", "20"), ICT));
        UUID an = start.people().getFirst().id();

        SchoolPlan readByIct = plan();
        SchoolPlan readByDirector = asDirector(() -> plans.plan(vlinder, year)).orElseThrow();
        assertThat(readByDirector.version()).isEqualTo(readByIct.version());

        SchoolPlan first = asIct(() -> plans.allocate(vlinder, year, readByIct.version(),
                allocation("TECH_CORE_01", share(an, "5", "ICT_UREN")), false, ICT));

        assertThatThrownBy(() -> asDirector(() -> plans.allocate(vlinder, year, readByDirector.version(),
                allocation("TECH_CORE_01", share(an, "9", "ICT_UREN")), false, DIRECTOR)))
                .isInstanceOf(PlanChangedException.class).extracting("messageKey").isEqualTo("plan.error.changed");
        assertThatThrownBy(() -> asDirector(() -> plans.addPerson(vlinder, year, readByDirector.version(),
                person("Bert", PersonRole.LEERKRACHT, "ICT_UREN", "2"), DIRECTOR)))
                .isInstanceOf(PlanChangedException.class);
        assertThatThrownBy(() -> asDirector(() -> plans.changePerson(vlinder, year, readByDirector.version(), an,
                person("An door de directeur", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", "1"), DIRECTOR)))
                .isInstanceOf(PlanChangedException.class);
        assertThatThrownBy(() -> asDirector(() -> plans.removePerson(vlinder, year, readByDirector.version(), an, DIRECTOR)))
                .isInstanceOf(PlanChangedException.class);

        SchoolPlan now = plan();
        assertThat(now).as("the first change is kept and nothing of the second is saved").isEqualTo(first);
        assertThat(now.allocation("TECH_CORE_01").orElseThrow().shares().getFirst().hours()).isEqualByComparingTo("5");

        SchoolPlan reloaded = asDirector(() -> plans.plan(vlinder, year)).orElseThrow();
        SchoolPlan second = asDirector(() -> plans.allocate(vlinder, year, reloaded.version(),
                allocation("TECH_CORE_01", share(an, "9", "ICT_UREN")), false, DIRECTOR));
        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(second.allocation("TECH_CORE_01").orElseThrow().shares().getFirst().hours()).isEqualByComparingTo("9");
    }

    @Test
    void twoThreadsRacingOnTheSameVersionExactlyOneWins() throws Exception {
        asIct(() -> plans.addPerson(vlinder, year, 0, person("An", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", "20"), ICT));
        for (int round = 0; round < 5; round++) {
            SchoolPlan read = plan();
            CyclicBarrier start = new CyclicBarrier(2);
            String ictName = "ICT " + round;
            String directorName = "Directie " + round;
            Future<SchoolPlan> byIct = executor.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return asIct(() -> plans.addPerson(vlinder, year, read.version(), person(ictName, PersonRole.LEERKRACHT, "ICT_UREN", "1"), ICT));
            });
            Future<SchoolPlan> byDirector = executor.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return asDirector(() -> plans.addPerson(vlinder, year, read.version(),
                        person(directorName, PersonRole.DIRECTIE, "ICT_UREN", "1"), DIRECTOR));
            });

            List<SchoolPlan> winners = new ArrayList<>();
            List<Throwable> refused = new ArrayList<>();
            for (Future<SchoolPlan> outcome : List.of(byIct, byDirector)) {
                try {
                    winners.add(outcome.get(30, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    refused.add(e.getCause());
                }
            }
            assertThat(winners).as("round %d", round).hasSize(1);
            assertThat(refused).singleElement().isInstanceOf(PlanChangedException.class);

            SchoolPlan after = plan();
            assertThat(after.version()).isEqualTo(read.version() + 1);
            assertThat(after).isEqualTo(winners.getFirst());
            assertThat(after.people()).as("exactly one of the two people was added").hasSize(read.people().size() + 1);
            assertThat(after.people().stream().filter(p -> p.name().equals(ictName) || p.name().equals(directorName))).hasSize(1);
        }
    }

    @Test
    void twoThreadsAllocatingOnTheSameVersionKeepExactlyOneAllocation() throws Exception {
        SchoolPlan withPeople = asIct(() -> plans.addPerson(vlinder, year, 0,
                person("An", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", "20"), ICT));
        UUID an = withPeople.people().getFirst().id();
        SchoolPlan read = plan();
        CyclicBarrier start = new CyclicBarrier(2);
        Future<SchoolPlan> byIct = executor.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return asIct(() -> plans.allocate(vlinder, year, read.version(), allocation("TECH_CORE_01", share(an, "3", "ICT_UREN")), false, ICT));
        });
        Future<SchoolPlan> byDirector = executor.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return asDirector(() -> plans.allocate(vlinder, year, read.version(), allocation("TECH_CORE_02", share(an, "4", "ICT_UREN")),
                    false, DIRECTOR));
        });
        List<SchoolPlan> saved = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (Future<SchoolPlan> outcome : List.of(byIct, byDirector)) {
            try {
                saved.add(outcome.get(30, TimeUnit.SECONDS));
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        assertThat(saved).hasSize(1);
        assertThat(failures).singleElement().isInstanceOf(PlanChangedException.class);
        SchoolPlan after = plan();
        assertThat(after).isEqualTo(saved.getFirst());
        assertThat(after.allocations()).hasSize(1);
        assertThat(after.version()).isEqualTo(read.version() + 1);
    }
    @Test
    void twoThreadsCopyingThePreviousYearOnTheSameVersionCopyItOnce() throws Exception {
        asIct(() -> plans.addPerson(vlinder, year, 0, person("An", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", "20"), ICT));
        asIct(() -> plans.addPerson(vlinder, year, 1, person("Bert", PersonRole.LEERKRACHT, "ICT_UREN", "2"), ICT));
        SchoolYear next = asIct(() -> years.startNextYear(false, ICT));
        for (int round = 0; round < 10; round++) {
            UUID school = TestTenants.createSchool(group, "Basisschool " + round);
            asIct(() -> plans.addPerson(school, year, 0, person("An", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", "20"), ICT));
            asIct(() -> plans.addPerson(school, year, 1, person("Bert", PersonRole.LEERKRACHT, "ICT_UREN", "2"), ICT));
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<SchoolPlan>> outcomes = List.of(
                    executor.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return asIct(() -> plans.copyPreviousYear(school, next, 0, ICT));
                    }),
                    executor.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return withRolesAndSchool(group, school, List.of("SCHOOL_DIRECTOR"),
                                () -> plans.copyPreviousYear(school, next, 0, DIRECTOR));
                    }));
            List<SchoolPlan> winners = new ArrayList<>();
            List<Throwable> refused = new ArrayList<>();
            for (Future<SchoolPlan> outcome : outcomes) {
                try {
                    winners.add(outcome.get(30, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    refused.add(e.getCause());
                }
            }
            SchoolPlan after = asIct(() -> plans.plan(school, next)).orElseThrow();
            assertThat(after.people()).as("round %d: the people are copied once", round).extracting(SchoolPerson::name)
                    .containsExactly("An", "Bert");
            assertThat(winners).as("round %d", round).hasSize(1);
            assertThat(refused).singleElement().isInstanceOf(be.taakwijzer.shared.InvalidInputException.class);
            assertThat(after.version()).isEqualTo(1);
        }
    }
}
