package be.taakwijzer.allocation;

import static be.taakwijzer.allocation.PlanFixtures.ADM_CORE_01;
import static be.taakwijzer.allocation.PlanFixtures.BEL_CORE_01;
import static be.taakwijzer.allocation.PlanFixtures.BEL_OTHER_01;
import static be.taakwijzer.allocation.PlanFixtures.CATALOGUE;
import static be.taakwijzer.allocation.PlanFixtures.CORE_TASKS;
import static be.taakwijzer.allocation.PlanFixtures.GENERIC_COMPETENCE;
import static be.taakwijzer.allocation.PlanFixtures.OTHER_SCHOOL;
import static be.taakwijzer.allocation.PlanFixtures.PED_CORE_01;
import static be.taakwijzer.allocation.PlanFixtures.PED_OTHER_01;
import static be.taakwijzer.allocation.PlanFixtures.SCHOOL;
import static be.taakwijzer.allocation.PlanFixtures.TECH_CORE_01;
import static be.taakwijzer.allocation.PlanFixtures.TECH_CORE_02;
import static be.taakwijzer.allocation.PlanFixtures.TECH_OTHER_03;
import static be.taakwijzer.allocation.PlanFixtures.allocation;
import static be.taakwijzer.allocation.PlanFixtures.central;
import static be.taakwijzer.allocation.PlanFixtures.hours;
import static be.taakwijzer.allocation.PlanFixtures.person;
import static be.taakwijzer.allocation.PlanFixtures.plan;
import static be.taakwijzer.allocation.PlanFixtures.share;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each kind of warning, on a catalogue and plans made by hand: no Spring, no database. */
class PlanWarningsTest {

    private static List<PlanWarning> warnings(SchoolPlan plan, WarningKind kind) {
        return PlanWarnings.of(CATALOGUE, plan).stream().filter(warning -> warning.kind() == kind).toList();
    }

    @Nested
    class CoreTaskWithoutAnyone {

        @Test
        void anEmptyPlanWarnsForEveryCoreTaskAndForNothingElse() {
            assertThat(warnings(plan(List.of(), List.of(), List.of()), WarningKind.CORE_TASK_WITHOUT_ANYONE))
                    .extracting(PlanWarning::taskCode).containsExactlyInAnyOrderElementsOf(CORE_TASKS);
            assertThat(PlanWarnings.of(CATALOGUE, plan(List.of(), List.of(), List.of())))
                    .extracting(PlanWarning::kind).containsOnly(WarningKind.CORE_TASK_WITHOUT_ANYONE);
        }

        @Test
        void anAllocatedCoreTaskRaisesNoneButAnAllocationWithoutPeopleStillDoes() {
            SchoolPerson an = person("An", PersonRole.TECHNISCH_ICT_COORDINATOR, hours("ICT_UREN", "100"), "TECH_TECHNISCHE_KENNIS");
            SchoolPlan plan = plan(List.of(an),
                    List.of(allocation(TECH_CORE_01, share(an, "10", "ICT_UREN")), allocation(PED_CORE_01)), List.of());
            assertThat(warnings(plan, WarningKind.CORE_TASK_WITHOUT_ANYONE)).extracting(PlanWarning::taskCode)
                    .containsExactlyInAnyOrder(TECH_CORE_02, PED_CORE_01, BEL_CORE_01, ADM_CORE_01);
        }

        @Test
        void aCoreTaskTheGroupCoversCentrallyRaisesNone() {
            SchoolPlan plan = plan(List.of(), List.of(), List.of(
                    central(TECH_CORE_01, CentralTaskStatus.ACTIVE, true),
                    central(PED_CORE_01, CentralTaskStatus.PLANNED, false, SCHOOL.id())));
            assertThat(warnings(plan, WarningKind.CORE_TASK_WITHOUT_ANYONE)).extracting(PlanWarning::taskCode)
                    .containsExactlyInAnyOrder(TECH_CORE_02, BEL_CORE_01, ADM_CORE_01);
        }

        @Test
        void aStoppedCentralTaskOrOneForAnotherSchoolDoesNotCoverTheSchool() {
            SchoolPlan plan = plan(List.of(), List.of(), List.of(
                    central(TECH_CORE_01, CentralTaskStatus.STOPPED, true),
                    central(PED_CORE_01, CentralTaskStatus.ACTIVE, false, OTHER_SCHOOL)));
            assertThat(warnings(plan, WarningKind.CORE_TASK_WITHOUT_ANYONE)).extracting(PlanWarning::taskCode)
                    .containsExactlyInAnyOrderElementsOf(CORE_TASKS);
        }
    }

    @Nested
    class PersonOverHours {

        @Test
        void hoursAreComparedPerFundingSourceNotSummed() {
            SchoolPerson an = person("An", PersonRole.TECHNISCH_ICT_COORDINATOR,
                    Map.of("ICT_UREN", new BigDecimal("10"), "BPT_UREN", new BigDecimal("20")), "TECH_TECHNISCHE_KENNIS");
            SchoolPlan plan = plan(List.of(an), List.of(
                    allocation(TECH_CORE_01, share(an, "6", "ICT_UREN")),
                    allocation(TECH_CORE_02, share(an, "6.5", "ICT_UREN")),
                    allocation(TECH_OTHER_03, share(an, "2", "BPT_UREN"))), List.of());

            assertThat(warnings(plan, WarningKind.PERSON_OVER_HOURS))
                    .as("14.5 of 30 hours in all, but 12.5 of the 10 ICT-uren")
                    .extracting(PlanWarning::personId, PlanWarning::fundingCode)
                    .containsExactly(tuple(an.id(), "ICT_UREN"));
            PlanWarning warning = warnings(plan, WarningKind.PERSON_OVER_HOURS).getFirst();
            assertThat(warning.allocatedHours()).isEqualByComparingTo("12.5");
            assertThat(warning.availableHours()).isEqualByComparingTo("10");
        }

        @Test
        void hoursOfASourceThePersonDoesNotHaveAreOverEvenIfOtherSourcesHaveRoom() {
            SchoolPerson an = person("An", PersonRole.TECHNISCH_ICT_COORDINATOR, hours("ICT_UREN", "100"), "TECH_TECHNISCHE_KENNIS");
            SchoolPlan plan = plan(List.of(an), List.of(allocation(TECH_CORE_01, share(an, "0.5", "WERKINGSMIDDELEN"))), List.of());
            assertThat(warnings(plan, WarningKind.PERSON_OVER_HOURS))
                    .extracting(PlanWarning::personId, PlanWarning::fundingCode, w -> w.availableHours().signum())
                    .containsExactly(tuple(an.id(), "WERKINGSMIDDELEN", 0));
        }

        @Test
        void exactlyTheAvailableHoursIsNotOver() {
            SchoolPerson an = person("An", PersonRole.TECHNISCH_ICT_COORDINATOR, hours("ICT_UREN", "10.0"), "TECH_TECHNISCHE_KENNIS");
            SchoolPlan plan = plan(List.of(an), List.of(
                    allocation(TECH_CORE_01, share(an, "4.5", "ICT_UREN")),
                    allocation(TECH_CORE_02, share(an, "5.50", "ICT_UREN"))), List.of());
            assertThat(warnings(plan, WarningKind.PERSON_OVER_HOURS)).isEmpty();
        }

        @Test
        void eachPersonIsCountedOnTheirOwn() {
            SchoolPerson an = person("An", PersonRole.TECHNISCH_ICT_COORDINATOR, hours("ICT_UREN", "5"), "TECH_TECHNISCHE_KENNIS");
            SchoolPerson bert = person("Bert", PersonRole.TECHNISCH_ICT_COORDINATOR, hours("ICT_UREN", "5"), "TECH_TECHNISCHE_KENNIS");
            SchoolPlan plan = plan(List.of(an, bert), List.of(
                    allocation(TECH_CORE_01, share(an, "4", "ICT_UREN"), share(bert, "4", "ICT_UREN")),
                    allocation(TECH_CORE_02, share(bert, "2", "ICT_UREN"))), List.of());
            assertThat(warnings(plan, WarningKind.PERSON_OVER_HOURS)).extracting(PlanWarning::personId).containsExactly(bert.id());
        }

        @Test
        void hoursOfATaskTheGroupNowCoversCentrallyDoNotCount() {
            SchoolPerson an = person("An", PersonRole.TECHNISCH_ICT_COORDINATOR, hours("ICT_UREN", "5"), "TECH_TECHNISCHE_KENNIS");
            SchoolPlan plan = plan(List.of(an), List.of(
                    allocation(TECH_CORE_01, share(an, "4", "ICT_UREN")),
                    allocation(TECH_CORE_02, share(an, "4", "ICT_UREN"))),
                    List.of(central(TECH_CORE_02, CentralTaskStatus.ACTIVE, true)));
            assertThat(warnings(plan, WarningKind.PERSON_OVER_HOURS)).isEmpty();
        }
    }

    @Nested
    class MissingCompetence {

        @Test
        void aPersonWithoutACompetenceOfTheTasksClusterRaisesOne() {
            SchoolPerson pedagogue = person("Pieter", PersonRole.PEDAGOGISCH_ICT_COORDINATOR, hours("ICT_UREN", "100"),
                    "PED_ONDERWIJSERVARING", GENERIC_COMPETENCE);
            SchoolPlan plan = plan(List.of(pedagogue), List.of(
                    allocation(TECH_CORE_01, share(pedagogue, "1", "ICT_UREN")),
                    allocation(PED_CORE_01, share(pedagogue, "1", "ICT_UREN"))), List.of());
            assertThat(warnings(plan, WarningKind.MISSING_COMPETENCE))
                    .as("a generic competence is no competence of the technical cluster")
                    .extracting(PlanWarning::taskCode, PlanWarning::personId)
                    .containsExactly(tuple(TECH_CORE_01, pedagogue.id()));
        }

        @Test
        void onePersonOfASharedTaskMayLackItWhileTheOtherHasIt() {
            SchoolPerson tech = person("Tine", PersonRole.TECHNISCH_ICT_COORDINATOR, hours("ICT_UREN", "100"), "TECH_SPECIALISATIE");
            SchoolPerson teacher = person("Lien", PersonRole.LEERKRACHT, hours("ICT_UREN", "100"));
            SchoolPlan plan = plan(List.of(tech, teacher), List.of(
                    allocation(TECH_CORE_01, share(tech, "1", "ICT_UREN"), share(teacher, "1", "ICT_UREN"))), List.of());
            assertThat(warnings(plan, WarningKind.MISSING_COMPETENCE))
                    .extracting(PlanWarning::taskCode, PlanWarning::personId)
                    .containsExactly(tuple(TECH_CORE_01, teacher.id()));
        }

        @Test
        void noneForAnExternalFirm() {
            SchoolPerson firm = person("ICT-Firma NV", PersonRole.EXTERNE_FIRMA, hours("WERKINGSMIDDELEN", "100"));
            SchoolPlan plan = plan(List.of(firm), List.of(
                    allocation(TECH_CORE_01, share(firm, "10", "WERKINGSMIDDELEN")),
                    allocation(BEL_OTHER_01, share(firm, "10", "WERKINGSMIDDELEN"))), List.of());
            assertThat(warnings(plan, WarningKind.MISSING_COMPETENCE)).isEmpty();
        }

        @Test
        void noneForAClusterWithoutCompetences() {
            SchoolPerson clerk = person("Ahmed", PersonRole.ADMINISTRATIEF_MEDEWERKER, hours("ICT_UREN", "100"));
            SchoolPlan plan = plan(List.of(clerk), List.of(allocation(ADM_CORE_01, share(clerk, "3", "ICT_UREN"))), List.of());
            assertThat(warnings(plan, WarningKind.MISSING_COMPETENCE)).isEmpty();
        }
    }

    @Nested
    class ClusterOnOnePerson {

        @Test
        void everyTaskOfAClusterOnTheSamePersonRaisesOneForThatCluster() {
            SchoolPerson an = person("An", PersonRole.TECHNISCH_ICT_COORDINATOR, hours("ICT_UREN", "100"), "TECH_TECHNISCHE_KENNIS");
            SchoolPerson bert = person("Bert", PersonRole.PEDAGOGISCH_ICT_COORDINATOR, hours("ICT_UREN", "100"), "PED_ONDERWIJSERVARING");
            SchoolPerson chris = person("Chris", PersonRole.PEDAGOGISCH_ICT_COORDINATOR, hours("ICT_UREN", "100"), "PED_ONDERWIJSERVARING");
            SchoolPlan plan = plan(List.of(an, bert, chris), List.of(
                    allocation(TECH_CORE_01, share(an, "1", "ICT_UREN")),
                    allocation(TECH_CORE_02, share(an, "1", "ICT_UREN")),
                    allocation(PED_CORE_01, share(bert, "1", "ICT_UREN")),
                    allocation(PED_OTHER_01, share(chris, "1", "ICT_UREN"))), List.of());
            assertThat(warnings(plan, WarningKind.CLUSTER_ON_ONE_PERSON))
                    .extracting(PlanWarning::clusterCode, PlanWarning::personId)
                    .containsExactly(tuple("TECHNISCH", an.id()));
        }

        @Test
        void aSharedTaskDoesNotRestOnOnePerson() {
            SchoolPerson an = person("An", PersonRole.TECHNISCH_ICT_COORDINATOR, hours("ICT_UREN", "100"), "TECH_TECHNISCHE_KENNIS");
            SchoolPerson bert = person("Bert", PersonRole.TECHNISCH_ICT_COORDINATOR, hours("ICT_UREN", "100"), "TECH_TECHNISCHE_KENNIS");
            SchoolPlan plan = plan(List.of(an, bert), List.of(
                    allocation(TECH_CORE_01, share(an, "1", "ICT_UREN"), share(bert, "1", "ICT_UREN")),
                    allocation(TECH_CORE_02, share(an, "1", "ICT_UREN"))), List.of());
            assertThat(warnings(plan, WarningKind.CLUSTER_ON_ONE_PERSON)).isEmpty();
        }

        @Test
        void aClusterWithoutAllocatedPeopleRaisesNone() {
            SchoolPlan plan = plan(List.of(), List.of(allocation(TECH_CORE_01)), List.of());
            assertThat(warnings(plan, WarningKind.CLUSTER_ON_ONE_PERSON)).isEmpty();
        }
    }

    @Nested
    class SpecialisationToNonTechnicalRole {

        @ParameterizedTest
        @EnumSource(value = PersonRole.class, names = {"TECHNISCH_ICT_COORDINATOR", "EXTERNE_FIRMA"}, mode = EnumSource.Mode.EXCLUDE)
        void aSpecialisationTaskGivenToANonTechnicalRoleRaisesOne(PersonRole role) {
            SchoolPerson someone = person("Iemand", role, hours("ICT_UREN", "100"), "TECH_SPECIALISATIE");
            SchoolPlan plan = plan(List.of(someone), List.of(
                    allocation(TECH_CORE_01, share(someone, "1", "ICT_UREN")),
                    allocation(TECH_CORE_02, share(someone, "1", "ICT_UREN")),
                    allocation(TECH_OTHER_03, share(someone, "1", "ICT_UREN"))), List.of());
            assertThat(warnings(plan, WarningKind.SPECIALISATION_TO_NON_TECHNICAL_ROLE))
                    .extracting(PlanWarning::taskCode, PlanWarning::personId)
                    .containsExactly(tuple(TECH_CORE_02, someone.id()), tuple(TECH_OTHER_03, someone.id()));
        }

        @ParameterizedTest
        @EnumSource(value = PersonRole.class, names = {"TECHNISCH_ICT_COORDINATOR", "EXTERNE_FIRMA"})
        void noneForATechnicalRole(PersonRole role) {
            SchoolPerson someone = person("Iemand", role, hours("ICT_UREN", "100"), "TECH_SPECIALISATIE");
            SchoolPlan plan = plan(List.of(someone), List.of(allocation(TECH_CORE_02, share(someone, "1", "ICT_UREN"))), List.of());
            assertThat(warnings(plan, WarningKind.SPECIALISATION_TO_NON_TECHNICAL_ROLE)).isEmpty();
        }

        @Test
        void noneWhenTheTaskIsCoveredCentrally() {
            SchoolPerson teacher = person("Lien", PersonRole.LEERKRACHT, hours("ICT_UREN", "100"), "TECH_SPECIALISATIE");
            SchoolPlan plan = plan(List.of(teacher), List.of(allocation(TECH_CORE_02, share(teacher, "1", "ICT_UREN"))),
                    List.of(central(TECH_CORE_02, CentralTaskStatus.ACTIVE, false, SCHOOL.id())));
            assertThat(PlanWarnings.of(CATALOGUE, plan)).noneMatch(warning -> TECH_CORE_02.equals(warning.taskCode()));
        }
    }
}
