package be.taakwijzer.allocation;

import static be.taakwijzer.allocation.Inputs.allocation;
import static be.taakwijzer.allocation.Inputs.forAllSchools;
import static be.taakwijzer.allocation.Inputs.person;
import static be.taakwijzer.allocation.Inputs.share;
import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static be.taakwijzer.testsupport.AuthenticatedAs.withRolesAndSchool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import be.taakwijzer.audit.AuditAction;
import be.taakwijzer.audit.AuditEntry;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.testsupport.TestTenants;

@SpringBootTest
class SchoolPlanServiceTest {

    private static final String ICT = "ict@noorderlicht.example";

    @Autowired
    SchoolPlanService plans;

    @Autowired
    SchoolYearService years;

    @Autowired
    CentralTaskService centralTasks;

    @Autowired
    HistoryService history;

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

    private <T> T asDirectorOf(UUID school, Supplier<T> work) {
        return withRolesAndSchool(group, school, List.of("SCHOOL_DIRECTOR"), work);
    }

    private SchoolPlan plan(UUID school) {
        return asIct(() -> plans.plan(school, year)).orElseThrow();
    }

    private SchoolPerson named(SchoolPlan plan, String name) {
        return plan.people().stream().filter(person -> person.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aPersonIsAddedChangedAndRemovedEachTimeOnTheVersionThatWasRead() {
        SchoolPlan empty = plan(vlinder);
        assertThat(empty.version()).isZero();
        assertThat(empty.people()).isEmpty();

        SchoolPlan added = asIct(() -> plans.addPerson(vlinder, year, 0, new PersonInput(" An Peeters ", " An.Peeters@Vlinder.Example ",
                PersonRole.TECHNISCH_ICT_COORDINATOR, Map.of("ICT_UREN", new BigDecimal("10"), "BPT_UREN", BigDecimal.ZERO),
                Set.of("TECH_TECHNISCHE_KENNIS", "GEN_COMMUNICATIE")), ICT));
        assertThat(added.version()).isEqualTo(1);
        SchoolPerson an = named(added, "An Peeters");
        assertThat(an.email()).isEqualTo("an.peeters@vlinder.example");
        assertThat(an.role()).isEqualTo(PersonRole.TECHNISCH_ICT_COORDINATOR);
        assertThat(an.availableHours()).as("zero hours are not kept").containsOnlyKeys("ICT_UREN");
        assertThat(an.availableHours("ICT_UREN")).isEqualByComparingTo("10");
        assertThat(an.competenceCodes()).containsExactlyInAnyOrder("TECH_TECHNISCHE_KENNIS", "GEN_COMMUNICATIE");
        assertThat(plan(vlinder)).isEqualTo(added);
        assertThat(plan(kompas).people()).as("the other school of the group").isEmpty();

        SchoolPlan changed = asIct(() -> plans.changePerson(vlinder, year, 1, an.id(),
                person("An Janssens", PersonRole.PEDAGOGISCH_ICT_COORDINATOR, "BPT_UREN", "4.5", "PED_ONDERWIJSERVARING"), ICT));
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.people()).singleElement().satisfies(person -> {
            assertThat(person.id()).isEqualTo(an.id());
            assertThat(person.name()).isEqualTo("An Janssens");
            assertThat(person.email()).isNull();
            assertThat(person.role()).isEqualTo(PersonRole.PEDAGOGISCH_ICT_COORDINATOR);
            assertThat(person.availableHours()).containsOnlyKeys("BPT_UREN");
            assertThat(person.availableHours("BPT_UREN")).isEqualByComparingTo("4.5");
            assertThat(person.competenceCodes()).containsExactly("PED_ONDERWIJSERVARING");
        });

        SchoolPlan allocated = asIct(() -> plans.allocate(vlinder, year, 2, allocation("PED_CORE_01", share(an.id(), "2", "BPT_UREN")),
                false, ICT));
        assertThat(allocated.state("PED_CORE_01")).isEqualTo(TaskState.ALLOCATED);

        SchoolPlan removed = asIct(() -> plans.removePerson(vlinder, year, 3, an.id(), ICT));
        assertThat(removed.version()).isEqualTo(4);
        assertThat(removed.people()).isEmpty();
        assertThat(removed.allocation("PED_CORE_01")).as("the task stays, without the person").get()
                .satisfies(allocation -> assertThat(allocation.shares()).isEmpty());
        assertThat(removed.state("PED_CORE_01")).isEqualTo(TaskState.OPEN);
    }

    @Test
    void aPersonOfAnotherSchoolOfTheGroupCannotBeChangedOrRemovedThroughThisSchool() {
        SchoolPlan kompasPlan = asIct(() -> plans.addPerson(kompas, year, 0,
                person("Koen", PersonRole.LEERKRACHT, "ICT_UREN", "2"), ICT));
        UUID koen = kompasPlan.people().getFirst().id();

        assertThatThrownBy(() -> asIct(() -> plans.changePerson(vlinder, year, 0, koen,
                person("Overgenomen", PersonRole.LEERKRACHT, "ICT_UREN", "2"), ICT)))
                .isInstanceOf(InvalidInputException.class).extracting("messageKey").isEqualTo("allocation.error.unknown-person");
        assertThatThrownBy(() -> asIct(() -> plans.removePerson(vlinder, year, 0, koen, ICT)))
                .isInstanceOf(InvalidInputException.class).extracting("messageKey").isEqualTo("allocation.error.unknown-person");

        assertThat(plan(kompas)).isEqualTo(kompasPlan);
        assertThat(plan(vlinder).version()).as("the refused change did not claim the plan").isZero();
    }

    @Test
    void aTaskIsGivenToOnePersonToSeveralAndCleared() {
        SchoolPlan withPeople = addAnAndBert();
        UUID an = named(withPeople, "An").id();
        UUID bert = named(withPeople, "Bert").id();

        SchoolPlan one = asIct(() -> plans.allocate(vlinder, year, withPeople.version(),
                allocation("TECH_CORE_01", share(an, "10", "ICT_UREN")), false, ICT));
        assertThat(one.allocation("TECH_CORE_01").orElseThrow().shares())
                .extracting(AllocationShare::personId, s -> s.hours().toPlainString(), AllocationShare::fundingCode)
                .containsExactly(tuple(an, "10.0", "ICT_UREN"));
        assertThat(one.state("TECH_CORE_01")).isEqualTo(TaskState.ALLOCATED);

        SchoolPlan several = asIct(() -> plans.allocate(vlinder, year, one.version(), new AllocationInput("PED_CORE_01",
                " samen met de leerkrachten ", List.of(share(an, "2", "BPT_UREN"), share(bert, "3.5", "ICT_UREN"))), false, ICT));
        Allocation shared = several.allocation("PED_CORE_01").orElseThrow();
        assertThat(shared.note()).isEqualTo("samen met de leerkrachten");
        assertThat(shared.shares()).extracting(AllocationShare::personId, s -> s.hours().toPlainString(), AllocationShare::fundingCode)
                .containsExactlyInAnyOrder(tuple(an, "2.0", "BPT_UREN"), tuple(bert, "3.5", "ICT_UREN"));
        assertThat(several.allocation("TECH_CORE_01")).as("the other task is untouched").isEqualTo(one.allocation("TECH_CORE_01"));

        SchoolPlan moved = asIct(() -> plans.allocate(vlinder, year, several.version(),
                allocation("TECH_CORE_01", share(bert, "4", "ICT_UREN")), false, ICT));
        assertThat(moved.allocation("TECH_CORE_01").orElseThrow().shares()).extracting(AllocationShare::personId).containsExactly(bert);

        SchoolPlan cleared = asIct(() -> plans.allocate(vlinder, year, moved.version(), allocation("TECH_CORE_01"), false, ICT));
        assertThat(cleared.allocation("TECH_CORE_01")).isEmpty();
        assertThat(cleared.state("TECH_CORE_01")).isEqualTo(TaskState.OPEN);
        assertThat(cleared.allocations()).extracting(Allocation::taskCode).containsExactly("PED_CORE_01");
    }

    @Test
    void invalidAllocationsAreRefusedWithTheirMessageKeyAndNothingIsSaved() {
        SchoolPlan withPeople = addAnAndBert();
        UUID an = named(withPeople, "An").id();
        UUID koen = asIct(() -> plans.addPerson(kompas, year, 0, person("Koen", PersonRole.LEERKRACHT, "ICT_UREN", "5"), ICT))
                .people().getFirst().id();
        asIct(() -> centralTasks.add(year, forAllSchools("BEL_CORE_01", CentralTaskStatus.ACTIVE), ICT));
        SchoolPlan before = plan(vlinder);
        int version = before.version();

        assertRefused(version, allocation("TECH_CORE_01", share(an, "-1", "ICT_UREN")), "allocation.error.hours-negative");
        assertRefused(version, allocation("TECH_CORE_01", share(UUID.randomUUID(), "1", "ICT_UREN")), "allocation.error.unknown-person");
        assertRefused(version, allocation("TECH_CORE_01", share(koen, "1", "ICT_UREN")), "allocation.error.unknown-person");
        assertRefused(version, allocation("TECH_CORE_99", share(an, "1", "ICT_UREN")), "allocation.error.task");
        assertRefused(version, allocation(null, share(an, "1", "ICT_UREN")), "allocation.error.task");
        assertRefused(version, allocation("TECH_CORE_01", share(an, "1.25", "ICT_UREN")), "allocation.error.hours-precision");
        assertRefused(version, allocation("BEL_CORE_01", share(an, "1", "ICT_UREN")), "allocation.error.central");
        assertRefused(version, allocation("TECH_CORE_01", share(an, "1", "GEEN_BRON")), "allocation.error.funding");
        assertRefused(version, allocation("TECH_CORE_01", share(an, "1", "ICT_UREN"), share(an, "1", "BPT_UREN")),
                "allocation.error.duplicate-person");

        assertThat(plan(vlinder)).isEqualTo(before);
        assertThat(before.people()).isEqualTo(withPeople.people());
        assertThat(asIct(() -> history.schoolHistory(vlinder))).extracting(AuditEntry::entity).doesNotContain("allocation");
    }

    private void assertRefused(int version, AllocationInput input, String messageKey) {
        assertThatThrownBy(() -> asIct(() -> plans.allocate(vlinder, year, version, input, true, ICT)))
                .as(messageKey).isInstanceOf(InvalidInputException.class).extracting("messageKey").isEqualTo(messageKey);
    }

    @Test
    void overAllocationNeedsAConfirmationAndSavesNothingWithoutIt() {
        SchoolPlan withPeople = addAnAndBert();
        UUID an = named(withPeople, "An").id();
        SchoolPlan first = asIct(() -> plans.allocate(vlinder, year, withPeople.version(),
                allocation("TECH_CORE_01", share(an, "6", "ICT_UREN")), false, ICT));

        AllocationInput tooMuch = allocation("TECH_CORE_02", share(an, "4.5", "ICT_UREN"));
        assertThatThrownBy(() -> asIct(() -> plans.allocate(vlinder, year, first.version(), tooMuch, false, ICT)))
                .isInstanceOfSatisfying(ConfirmationRequiredException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("allocation.confirm.over-hours");
                    assertThat(e.arguments()).containsExactly("An");
                });
        assertThat(plan(vlinder)).as("nothing saved, not even the version").isEqualTo(first);

        SchoolPlan confirmed = asIct(() -> plans.allocate(vlinder, year, first.version(), tooMuch, true, ICT));
        assertThat(confirmed.version()).isEqualTo(first.version() + 1);
        assertThat(confirmed.state("TECH_CORE_02")).isEqualTo(TaskState.ALLOCATED);
        assertThat(plans.warnings(confirmed)).filteredOn(w -> w.kind() == WarningKind.PERSON_OVER_HOURS)
                .extracting(PlanWarning::personId, PlanWarning::fundingCode, w -> w.allocatedHours().toPlainString())
                .containsExactly(tuple(an, "ICT_UREN", "10.5"));

        SchoolPlan within = asIct(() -> plans.allocate(vlinder, year, confirmed.version(),
                allocation("TECH_CORE_02", share(an, "4", "ICT_UREN")), false, ICT));
        assertThat(within.allocation("TECH_CORE_02").orElseThrow().shares().getFirst().hours())
                .as("lowering hours needs no confirmation").isEqualByComparingTo("4");
    }

    @Test
    void hoursOnATaskTheGroupNowCoversDoNotCountAsTheSchoolsAndClearingNothingChangesNothing() {
        SchoolPlan withPeople = addAnAndBert();
        UUID an = named(withPeople, "An").id();
        SchoolPlan first = asIct(() -> plans.allocate(vlinder, year, withPeople.version(),
                allocation("TECH_CORE_09", share(an, "8", "ICT_UREN")), false, ICT));
        asIct(() -> centralTasks.add(year, new CentralTaskInput("TECH_CORE_09", "SCHOLENGROEP", null, BigDecimal.TEN, null,
                CentralTaskStatus.ACTIVE, "", true, Set.of()), ICT));

        // An's 8 hours on the now central task are not the school's: 8 more fit in An's 10 without a question
        SchoolPlan more = asIct(() -> plans.allocate(vlinder, year, first.version(),
                allocation("TECH_CORE_01", share(an, "8", "ICT_UREN")), false, ICT));
        assertThat(plans.warnings(more)).noneMatch(w -> w.kind() == WarningKind.PERSON_OVER_HOURS);

        SchoolPlan unchanged = asIct(() -> plans.allocate(vlinder, year, more.version(), new AllocationInput("TECH_CORE_02", "", List.of()),
                false, ICT));
        assertThat(unchanged.version()).as("clearing a task nobody has is no change").isEqualTo(more.version());
    }

    @Test
    void everyChangeIsInTheSchoolsHistoryWithBeforeAndAfter() {
        SchoolPlan added = asIct(() -> plans.addPerson(vlinder, year, 0,
                person("An", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", "10", "TECH_TECHNISCHE_KENNIS"), ICT));
        UUID an = added.people().getFirst().id();
        SchoolPlan changed = asIct(() -> plans.changePerson(vlinder, year, added.version(), an,
                person("An Peeters", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", "12", "TECH_TECHNISCHE_KENNIS"), "directeur@vlinder.example"));
        SchoolPlan allocated = asIct(() -> plans.allocate(vlinder, year, changed.version(),
                allocation("TECH_CORE_01", share(an, "3", "ICT_UREN")), false, ICT));
        SchoolPlan reallocated = asIct(() -> plans.allocate(vlinder, year, allocated.version(),
                allocation("TECH_CORE_01", share(an, "5", "ICT_UREN")), false, ICT));
        SchoolPlan cleared = asIct(() -> plans.allocate(vlinder, year, reallocated.version(), allocation("TECH_CORE_01"), false, ICT));
        asIct(() -> plans.removePerson(vlinder, year, cleared.version(), an, ICT));

        List<AuditEntry> entries = asIct(() -> history.schoolHistory(vlinder));
        assertThat(entries).hasSize(6).allSatisfy(entry -> assertThat(entry.schoolId()).isEqualTo(vlinder));
        assertThat(entries.reversed()).extracting(AuditEntry::entity, AuditEntry::action, AuditEntry::actor).containsExactly(
                tuple("school_person", AuditAction.CREATED, ICT),
                tuple("school_person", AuditAction.CHANGED, "directeur@vlinder.example"),
                tuple("allocation", AuditAction.CREATED, ICT),
                tuple("allocation", AuditAction.CHANGED, ICT),
                tuple("allocation", AuditAction.DELETED, ICT),
                tuple("school_person", AuditAction.DELETED, ICT));

        AuditEntry created = entries.get(5);
        assertThat(created.entityId()).isEqualTo(an);
        assertThat(created.before()).isNull();
        assertThat(created.after()).contains("\"name\": \"An\"", "ICT_UREN", year.label());
        AuditEntry personChanged = entries.get(4);
        assertThat(personChanged.before()).contains("\"name\": \"An\"");
        assertThat(personChanged.after()).contains("\"name\": \"An Peeters\"", "12");
        AuditEntry allocationChanged = entries.get(2);
        assertThat(allocationChanged.before()).contains("TECH_CORE_01", "An Peeters", "3.0");
        assertThat(allocationChanged.after()).contains("TECH_CORE_01", "An Peeters", "5.0");
        assertThat(entries.get(1).before()).contains("5.0");
        assertThat(entries.get(1).after()).isNull();
        assertThat(entries.get(0).before()).contains("An Peeters");
        assertThat(entries.get(0).after()).isNull();

        assertThat(asIct(() -> history.schoolHistory(kompas))).as("another school's history").isEmpty();
        assertThat(asIct(history::groupHistory)).extracting(AuditEntry::entityId).contains(an);
    }

    @Test
    void aDirectorChangesOnlyTheirOwnSchool() {
        SchoolPlan own = asDirectorOf(vlinder, () -> plans.addPerson(vlinder, year, 0,
                person("An", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", "10"), "directeur@vlinder.example"));
        UUID an = own.people().getFirst().id();
        own = asDirectorOf(vlinder, () -> plans.allocate(vlinder, year, 1, allocation("TECH_CORE_01", share(an, "1", "ICT_UREN")),
                false, "directeur@vlinder.example"));
        assertThat(own.state("TECH_CORE_01")).isEqualTo(TaskState.ALLOCATED);
        assertThat(asDirectorOf(vlinder, () -> history.schoolHistory(vlinder))).hasSize(2);

        SchoolPlan kompasPlan = asIct(() -> plans.addPerson(kompas, year, 0, person("Koen", PersonRole.LEERKRACHT, "ICT_UREN", "2"), ICT));
        UUID koen = kompasPlan.people().getFirst().id();
        int v = kompasPlan.version();
        String actor = "directeur@vlinder.example";
        List<Supplier<?>> attempts = List.of(
                () -> plans.plan(kompas, year),
                () -> plans.addPerson(kompas, year, v, person("Indringer", PersonRole.LEERKRACHT, "ICT_UREN", "1"), actor),
                () -> plans.changePerson(kompas, year, v, koen, person("Indringer", PersonRole.LEERKRACHT, "ICT_UREN", "1"), actor),
                () -> plans.removePerson(kompas, year, v, koen, actor),
                () -> plans.allocate(kompas, year, v, allocation("TECH_CORE_01", share(koen, "1", "ICT_UREN")), true, actor),
                () -> plans.dismissNotice(kompas, year, "TECH_CORE_01", actor),
                () -> plans.copyPreviousYear(kompas, year, v, actor),
                () -> history.schoolHistory(kompas));
        for (Supplier<?> attempt : attempts) {
            assertThatThrownBy(() -> asDirectorOf(vlinder, attempt)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(plan(kompas)).isEqualTo(kompasPlan);
    }

    @Test
    void anEmptyPlanIsFilledWithThePreviousYearsPeopleAndAllocationsUnderNewIds() {
        SchoolPlan withPeople = addAnAndBert();
        UUID an = named(withPeople, "An").id();
        UUID bert = named(withPeople, "Bert").id();
        SchoolPlan before = asIct(() -> plans.allocate(vlinder, year, withPeople.version(), new AllocationInput("PED_CORE_01", "samen",
                List.of(share(an, "2", "BPT_UREN"), share(bert, "3.5", "ICT_UREN"))), false, ICT));
        SchoolYear next = asIct(() -> years.startNextYear(false, ICT));
        assertThat(next).isEqualTo(year.next());

        assertThatThrownBy(() -> asIct(() -> plans.copyPreviousYear(vlinder, next, 1, ICT)))
                .isInstanceOf(PlanChangedException.class);
        SchoolPlan copied = asIct(() -> plans.copyPreviousYear(vlinder, next, 0, ICT));

        assertThat(copied.year()).isEqualTo(next);
        assertThat(copied.version()).isEqualTo(1);
        assertThat(copied.people()).extracting(SchoolPerson::name, SchoolPerson::role, SchoolPerson::availableHours)
                .containsExactlyElementsOf(before.people().stream().map(p -> tuple(p.name(), p.role(), p.availableHours())).toList());
        assertThat(copied.people()).extracting(SchoolPerson::id).doesNotContain(an, bert);
        Allocation allocation = copied.allocation("PED_CORE_01").orElseThrow();
        assertThat(allocation.id()).isNotEqualTo(before.allocation("PED_CORE_01").orElseThrow().id());
        assertThat(allocation.note()).isEqualTo("samen");
        assertThat(allocation.shares()).extracting(AllocationShare::personId, s -> s.hours().toPlainString(), AllocationShare::fundingCode)
                .containsExactlyInAnyOrder(tuple(named(copied, "An").id(), "2.0", "BPT_UREN"),
                        tuple(named(copied, "Bert").id(), "3.5", "ICT_UREN"));

        assertThat(plan(vlinder)).as("the earlier year is unchanged").isEqualTo(before);
        assertThatThrownBy(() -> asIct(() -> plans.copyPreviousYear(vlinder, next, copied.version(), ICT)))
                .isInstanceOf(InvalidInputException.class).extracting("messageKey").isEqualTo("plan.error.copy-not-empty");
        assertThatThrownBy(() -> asIct(() -> plans.copyPreviousYear(kompas, next, 0, ICT)))
                .isInstanceOf(InvalidInputException.class).extracting("messageKey").isEqualTo("plan.error.copy-nothing");
        assertThat(asIct(() -> history.schoolHistory(vlinder))).extracting(AuditEntry::entity, AuditEntry::action)
                .contains(tuple("school_plan", AuditAction.COPIED));
    }

    /** An has 10 ICT-uren and 5 BPT-uren, Bert 8 ICT-uren. */
    private SchoolPlan addAnAndBert() {
        asIct(() -> plans.addPerson(vlinder, year, 0, new PersonInput("An", null, PersonRole.TECHNISCH_ICT_COORDINATOR,
                Map.of("ICT_UREN", new BigDecimal("10"), "BPT_UREN", new BigDecimal("5")), Set.of("TECH_TECHNISCHE_KENNIS")), ICT));
        return asIct(() -> plans.addPerson(vlinder, year, 1,
                person("Bert", PersonRole.PEDAGOGISCH_ICT_COORDINATOR, "ICT_UREN", "8", "PED_ONDERWIJSERVARING"), ICT));
    }
}
