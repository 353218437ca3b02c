package be.taakwijzer.allocation;

import static be.taakwijzer.allocation.PlanFixtures.CATALOGUE;
import static be.taakwijzer.allocation.PlanFixtures.CLUSTER_COMPETENCES;
import static be.taakwijzer.allocation.PlanFixtures.FUNDING;
import static be.taakwijzer.allocation.PlanFixtures.GENERIC_COMPETENCE;
import static be.taakwijzer.allocation.PlanFixtures.OTHER_SCHOOL;
import static be.taakwijzer.allocation.PlanFixtures.SCHOOL;
import static be.taakwijzer.allocation.PlanFixtures.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import be.taakwijzer.catalogue.CatalogueTask;

/**
 * Properties of {@link PlanWarnings} over generated plans: people with any role, hours and competences,
 * tasks shared by any of them, and central tasks that may or may not cover the school (also for tasks
 * the school still has an allocation of). Runs with jqwik on the JUnit platform.
 */
class PlanWarningsProperties {

    private static final List<String> TASKS = CATALOGUE.tasks().stream().map(CatalogueTask::code).toList();
    private static final List<String> CORE_TASKS = CATALOGUE.tasks().stream()
            .filter(task -> task.levelCode().equals("KERNTAAK")).map(CatalogueTask::code).toList();

    @Property
    void noWarningEverConcernsACentrallyCoveredTask(@ForAll("plans") SchoolPlan plan) {
        List<PlanWarning> warnings = PlanWarnings.of(CATALOGUE, plan);
        assertThat(warnings).filteredOn(warning -> warning.taskCode() != null)
                .allSatisfy(warning -> assertThat(coveredCentrally(plan, warning.taskCode())).as(warning.toString()).isFalse());

        SchoolPlan withoutCoveredAllocations = new SchoolPlan(plan.school(), plan.year(), plan.version(), plan.people(),
                plan.allocations().stream().filter(allocation -> !coveredCentrally(plan, allocation.taskCode())).toList(),
                plan.centralTasks(), plan.notices());
        assertThat(warnings).as("what the school still has allocated of a covered task counts for nothing")
                .isEqualTo(PlanWarnings.of(CATALOGUE, withoutCoveredAllocations));
    }

    @Property
    void addingAvailableHoursNeverAddsAnOverHoursWarning(@ForAll("plans") SchoolPlan plan,
                                                         @ForAll @IntRange(max = 9) int personIndex,
                                                         @ForAll("funding") String funding,
                                                         @ForAll @IntRange(min = 1, max = 500) int extraTenths) {
        Assume.that(!plan.people().isEmpty());
        SchoolPerson chosen = plan.people().get(personIndex % plan.people().size());
        Map<String, BigDecimal> more = new HashMap<>(chosen.availableHours());
        more.merge(funding, BigDecimal.valueOf(extraTenths, 1), BigDecimal::add);
        List<SchoolPerson> people = plan.people().stream().map(person -> person.id().equals(chosen.id())
                ? new SchoolPerson(person.id(), person.name(), person.email(), person.role(), more, person.competenceCodes())
                : person).toList();
        SchoolPlan richer = new SchoolPlan(plan.school(), plan.year(), plan.version(), people, plan.allocations(),
                plan.centralTasks(), plan.notices());

        Set<List<Object>> before = overHours(PlanWarnings.of(CATALOGUE, plan));
        Set<List<Object>> after = overHours(PlanWarnings.of(CATALOGUE, richer));
        assertThat(before).containsAll(after);
        if (!before.equals(after)) {
            assertThat(before).as("only the chosen person's warning of that source can go")
                    .containsAll(after).hasSize(after.size() + 1).contains(List.of(chosen.id(), funding));
        }
    }

    @Property
    void aPlanWhereEveryCoreTaskIsAllocatedHasNoCoreTaskWithoutAnyone(@ForAll("plans") SchoolPlan plan,
                                                                     @ForAll("funding") String funding) {
        SchoolPerson kern = new SchoolPerson(new UUID(1, 1), "Kern", null, PersonRole.TECHNISCH_ICT_COORDINATOR, Map.of(), Set.of());
        List<SchoolPerson> people = new ArrayList<>(plan.people());
        people.add(kern);
        List<Allocation> allocations = new ArrayList<>(plan.allocations().stream()
                .filter(allocation -> !CORE_TASKS.contains(allocation.taskCode()) || !allocation.shares().isEmpty()).toList());
        for (String core : CORE_TASKS) {
            if (allocations.stream().noneMatch(allocation -> allocation.taskCode().equals(core))) {
                allocations.add(new Allocation(UUID.randomUUID(), core, "",
                        List.of(new AllocationShare(kern.id(), BigDecimal.ONE, funding))));
            }
        }
        SchoolPlan complete = new SchoolPlan(plan.school(), plan.year(), plan.version(), people, allocations,
                plan.centralTasks(), plan.notices());
        assertThat(PlanWarnings.of(CATALOGUE, complete)).extracting(PlanWarning::kind)
                .doesNotContain(WarningKind.CORE_TASK_WITHOUT_ANYONE);
    }

    @Property
    void coreTaskWithoutAnyoneExactlyForTheCoreTasksNeitherCoveredNorGivenToSomeone(@ForAll("plans") SchoolPlan plan) {
        Set<String> expected = CORE_TASKS.stream()
                .filter(code -> !coveredCentrally(plan, code))
                .filter(code -> plan.allocations().stream().noneMatch(a -> a.taskCode().equals(code) && !a.shares().isEmpty()))
                .collect(Collectors.toSet());
        assertThat(PlanWarnings.of(CATALOGUE, plan)).filteredOn(w -> w.kind() == WarningKind.CORE_TASK_WITHOUT_ANYONE)
                .extracting(PlanWarning::taskCode).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Property
    void personOverHoursExactlyWhenAllocatedExceedsAvailableForThatPersonAndSource(@ForAll("plans") SchoolPlan plan) {
        Map<List<Object>, BigDecimal> allocated = new HashMap<>();
        for (Allocation allocation : plan.allocations()) {
            if (coveredCentrally(plan, allocation.taskCode())) {
                continue;
            }
            for (AllocationShare share : allocation.shares()) {
                allocated.merge(List.of(share.personId(), share.fundingCode()), share.hours(), BigDecimal::add);
            }
        }
        Map<List<Object>, BigDecimal> expected = new HashMap<>();
        allocated.forEach((key, hours) -> {
            SchoolPerson person = plan.person((UUID) key.get(0)).orElseThrow();
            if (hours.compareTo(person.availableHours((String) key.get(1))) > 0) {
                expected.put(key, hours);
            }
        });

        List<PlanWarning> over = PlanWarnings.of(CATALOGUE, plan).stream()
                .filter(warning -> warning.kind() == WarningKind.PERSON_OVER_HOURS).toList();
        assertThat(overHours(over)).isEqualTo(expected.keySet());
        assertThat(over).hasSize(expected.size()).allSatisfy(warning -> {
            List<Object> key = List.of(warning.personId(), warning.fundingCode());
            assertThat(warning.allocatedHours()).isEqualByComparingTo(expected.get(key));
            assertThat(warning.availableHours())
                    .isEqualByComparingTo(plan.person(warning.personId()).orElseThrow().availableHours(warning.fundingCode()));
            assertThat(warning.allocatedHours()).isGreaterThan(warning.availableHours());
        });
    }

    @Property
    void warningsAreDeterministic(@ForAll("plans") SchoolPlan plan) {
        SchoolPlan sameValues = new SchoolPlan(plan.school(), plan.year(), plan.version(),
                plan.people().stream().map(p -> new SchoolPerson(p.id(), p.name(), p.email(), p.role(),
                        new HashMap<>(p.availableHours()), new HashSet<>(p.competenceCodes()))).toList(),
                plan.allocations().stream().map(a -> new Allocation(a.id(), a.taskCode(), a.note(), new ArrayList<>(a.shares()))).toList(),
                new ArrayList<>(plan.centralTasks()), plan.notices());
        List<PlanWarning> first = PlanWarnings.of(CATALOGUE, plan);
        assertThat(PlanWarnings.of(CATALOGUE, plan)).isEqualTo(first);
        assertThat(PlanWarnings.of(CATALOGUE, sameValues)).isEqualTo(first);
    }

    // ---- generators

    @Provide
    Arbitrary<String> funding() {
        return Arbitraries.of(FUNDING);
    }

    @Provide
    Arbitrary<SchoolPlan> plans() {
        return people().flatMap(people -> Combinators.combine(allocations(people), centralTasks())
                .as((allocations, central) -> new SchoolPlan(SCHOOL, YEAR, 1, people, allocations, central, List.of())));
    }

    private static Arbitrary<List<SchoolPerson>> people() {
        List<String> competences = new ArrayList<>(CLUSTER_COMPETENCES);
        competences.add(GENERIC_COMPETENCE);
        Arbitrary<Map<String, BigDecimal>> hours = Arbitraries.maps(Arbitraries.of(FUNDING), tenths(300)).ofMaxSize(FUNDING.size());
        Arbitrary<SchoolPerson> person = Combinators.combine(Arbitraries.of(PersonRole.class), hours, Arbitraries.subsetOf(competences))
                .as((role, available, codes) -> new SchoolPerson(null, role.name(), null, role, available, codes));
        return person.list().ofMaxSize(4).map(list -> IntStream.range(0, list.size())
                .mapToObj(i -> {
                    SchoolPerson p = list.get(i);
                    return new SchoolPerson(new UUID(0, i + 1), p.name() + " " + i, null, p.role(), p.availableHours(), p.competenceCodes());
                }).toList());
    }

    private static Arbitrary<List<Allocation>> allocations(List<SchoolPerson> people) {
        List<Arbitrary<Allocation>> perTask = TASKS.stream().map(task -> allocation(task, people).injectNull(0.4)).toList();
        return Combinators.combine(perTask).as(list -> list.stream().filter(Objects::nonNull).toList());
    }

    private static Arbitrary<Allocation> allocation(String task, List<SchoolPerson> people) {
        Arbitrary<List<AllocationShare>> shares = people.isEmpty() ? Arbitraries.just(List.of())
                : Arbitraries.subsetOf(people).flatMap(chosen -> {
                    if (chosen.isEmpty()) {
                        return Arbitraries.just(List.<AllocationShare>of());
                    }
                    List<Arbitrary<AllocationShare>> each = chosen.stream().sorted(Comparator.comparing(SchoolPerson::id))
                            .map(person -> Combinators.combine(tenths(150), Arbitraries.of(FUNDING))
                                    .as((hours, funding) -> new AllocationShare(person.id(), hours, funding)))
                            .toList();
                    return Combinators.combine(each).as(List::copyOf);
                });
        return shares.map(list -> new Allocation(UUID.nameUUIDFromBytes(task.getBytes()), task, "", list));
    }

    private enum Coverage { ALL_SCHOOLS, THIS_SCHOOL, OTHER_SCHOOL }

    private static Arbitrary<List<CentralTask>> centralTasks() {
        List<Arbitrary<CentralTask>> perTask = TASKS.stream().map(task -> Combinators.combine(
                        Arbitraries.of(CentralTaskStatus.class), Arbitraries.of(Coverage.class))
                .as((status, coverage) -> new CentralTask(UUID.nameUUIDFromBytes(("central" + task).getBytes()), YEAR, task,
                        "SCHOLENGROEP", null, BigDecimal.ONE, "ICT_UREN", status, "", coverage == Coverage.ALL_SCHOOLS,
                        switch (coverage) {
                            case ALL_SCHOOLS -> Set.of();
                            case THIS_SCHOOL -> Set.of(SCHOOL.id());
                            case OTHER_SCHOOL -> Set.of(OTHER_SCHOOL);
                        }, 0))
                .injectNull(0.7)).toList();
        return Combinators.combine(perTask).as(list -> list.stream().filter(Objects::nonNull).toList());
    }

    private static Arbitrary<BigDecimal> tenths(int max) {
        return Arbitraries.integers().between(0, max).map(n -> BigDecimal.valueOf(n, 1));
    }

    // ---- independent oracles

    /** Whether the group takes the task off this school: computed from the central tasks, not through SchoolPlan.state. */
    private static boolean coveredCentrally(SchoolPlan plan, String taskCode) {
        return plan.centralTasks().stream().anyMatch(task -> task.taskCode().equals(taskCode)
                && task.status() != CentralTaskStatus.STOPPED
                && (task.allSchools() || task.schoolIds().contains(plan.school().id())));
    }

    private static Set<List<Object>> overHours(List<PlanWarning> warnings) {
        return warnings.stream().filter(warning -> warning.kind() == WarningKind.PERSON_OVER_HOURS)
                .map(warning -> List.<Object>of(warning.personId(), warning.fundingCode())).collect(Collectors.toSet());
    }
}
