package be.taakwijzer.privacy;

import static be.taakwijzer.privacy.PrivacyFixtures.DIRECTOR;
import static be.taakwijzer.privacy.PrivacyFixtures.DPO;
import static be.taakwijzer.privacy.PrivacyFixtures.activity;
import static be.taakwijzer.privacy.PrivacyFixtures.agreement;
import static be.taakwijzer.privacy.PrivacyFixtures.asDirector;
import static be.taakwijzer.privacy.PrivacyFixtures.asDpo;
import static be.taakwijzer.privacy.PrivacyFixtures.asIct;
import static be.taakwijzer.privacy.PrivacyFixtures.breach;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import be.taakwijzer.allocation.HistoryService;
import be.taakwijzer.allocation.PlanChangedException;
import be.taakwijzer.audit.AuditAction;
import be.taakwijzer.audit.AuditEntry;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.testsupport.TestTenants;

/** The register of processing activities, the processor agreements and the data-breach register. */
@SpringBootTest
class PrivacyRegistersServiceTest {

    @Autowired
    ProcessingRegisterService register;

    @Autowired
    ProcessorAgreementService agreements;

    @Autowired
    DataBreachService breaches;

    @Autowired
    HistoryService history;

    @Autowired
    Clock clock;

    UUID group;
    UUID vlinder;
    UUID kompas;

    @BeforeEach
    void group() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");
        kompas = TestTenants.createSchool(group, "Basisschool Het Kompas");
    }

    private <T> T dpo(Supplier<T> work) {
        return asDpo(group, work);
    }

    private List<AuditEntry> groupHistory() {
        return asIct(group, history::groupHistory);
    }

    private static void assertKey(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOf(InvalidInputException.class).hasMessage(key);
    }

    // ---- register of processing activities

    @Test
    void theDpoKeepsTheRegisterAndDirectorsReadTheActivitiesOfTheirSchool() {
        ProcessingActivity forAll = dpo(() -> register.add(activity(" Leerlingvolgsysteem ", true), DPO));
        ProcessingActivity forKompas = dpo(() -> register.add(activity("Camerabewaking", false, kompas), DPO));
        assertThat(forAll.name()).isEqualTo("Leerlingvolgsysteem");
        assertThat(forAll.schoolIds()).isEmpty();
        assertThat(forKompas.schoolIds()).containsExactly(kompas);

        assertThat(asDirector(group, vlinder, register::activities)).extracting(ProcessingActivity::name).containsExactly("Leerlingvolgsysteem");
        assertThat(asDirector(group, kompas, register::activities)).extracting(ProcessingActivity::name)
                .containsExactly("Camerabewaking", "Leerlingvolgsysteem");
        assertThat(asIct(group, register::activities)).hasSize(2);

        ProcessingActivity widened = dpo(() -> register.change(forKompas, activity("Camerabewaking", false, kompas, vlinder), DPO));
        assertThat(widened.version()).isEqualTo(1);
        assertThat(asDirector(group, vlinder, register::activities)).hasSize(2);
        assertThatThrownBy(() -> dpo(() -> register.change(forKompas, activity("Camerabewaking", true), DPO)))
                .isInstanceOf(PlanChangedException.class);
        assertThatThrownBy(() -> dpo(() -> { register.remove(forKompas, DPO); return null; })).isInstanceOf(PlanChangedException.class);
        dpo(() -> { register.remove(widened, DPO); return null; });
        assertThat(dpo(register::activities)).containsExactly(forAll);

        assertThat(groupHistory().reversed()).extracting(AuditEntry::entity, AuditEntry::action, AuditEntry::actor).containsExactly(
                tuple("processing_activity", AuditAction.CREATED, DPO), tuple("processing_activity", AuditAction.CREATED, DPO),
                tuple("processing_activity", AuditAction.CHANGED, DPO), tuple("processing_activity", AuditAction.DELETED, DPO));
    }

    @Test
    void onlyTheDpoChangesTheRegister() {
        ProcessingActivity forAll = dpo(() -> register.add(activity("Leerlingvolgsysteem", true), DPO));
        assertThatThrownBy(() -> asIct(group, () -> register.add(activity("ICT", true), "ict"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asDirector(group, vlinder, () -> register.change(forAll, activity("Anders", true), DIRECTOR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(dpo(register::activities)).containsExactly(forAll);
    }

    @Test
    void anActivityIsRefusedWithAMessageKey() {
        dpo(() -> register.add(activity("Leerlingvolgsysteem", true), DPO));
        dpo(() -> {
            assertKey(() -> register.add(activity("leerlingvolgsysteem", true), DPO), "privacy.activity.error.duplicate");
            assertKey(() -> register.add(activity("", true), DPO), "privacy.activity.error.name");
            assertKey(() -> register.add(activity("Website", false), DPO), "privacy.error.no-schools");
            assertKey(() -> register.add(activity("Website", false, UUID.randomUUID()), DPO), "plan.error.no-school");
            ProcessingActivityInput valid = activity("Website", true);
            assertKey(() -> register.add(new ProcessingActivityInput(valid.name(), " ", valid.legalBasis(), valid.dataSubjects(),
                    valid.personalData(), "", "", "", valid.retention(), "", true, Set.of()), DPO), "privacy.activity.error.purpose");
            assertKey(() -> register.add(new ProcessingActivityInput(valid.name(), valid.purpose(), null, valid.dataSubjects(),
                    valid.personalData(), "", "", "", valid.retention(), "", true, Set.of()), DPO), "privacy.activity.error.legal-basis");
            assertKey(() -> register.add(new ProcessingActivityInput(valid.name(), valid.purpose(), valid.legalBasis(), "",
                    valid.personalData(), "", "", "", valid.retention(), "", true, Set.of()), DPO), "privacy.activity.error.data-subjects");
            assertKey(() -> register.add(new ProcessingActivityInput(valid.name(), valid.purpose(), valid.legalBasis(), valid.dataSubjects(),
                    null, "", "", "", valid.retention(), "", true, Set.of()), DPO), "privacy.activity.error.personal-data");
            assertKey(() -> register.add(new ProcessingActivityInput(valid.name(), valid.purpose(), valid.legalBasis(), valid.dataSubjects(),
                    valid.personalData(), "", "", "", "", "", true, Set.of()), DPO), "privacy.activity.error.retention");
            assertKey(() -> register.add(new ProcessingActivityInput(valid.name(), valid.purpose(), valid.legalBasis(), valid.dataSubjects(),
                    valid.personalData(), "", "Verenigde Staten", " ", valid.retention(), "", true, Set.of()), DPO),
                    "privacy.activity.error.safeguards");
            assertKey(() -> register.add(new ProcessingActivityInput(valid.name(), valid.purpose(), valid.legalBasis(), valid.dataSubjects(),
                    valid.personalData(), "x".repeat(2001), "", "", valid.retention(), "", true, Set.of()), DPO), "privacy.error.text-too-long");
            ProcessingActivity outside = register.add(new ProcessingActivityInput(valid.name(), valid.purpose(), valid.legalBasis(),
                    valid.dataSubjects(), valid.personalData(), "", "Verenigde Staten", "modelcontractbepalingen", valid.retention(), "",
                    true, Set.of(vlinder)), DPO);
            assertThat(outside.transfersOutsideEea()).isTrue();
            assertThat(outside.schoolIds()).as("for all schools: no chosen ones kept").isEmpty();
            return null;
        });
        assertThat(dpo(register::activities)).hasSize(2);
    }

    // ---- processor agreements

    @Test
    void agreementsWarnWhenTheyExpireSoonOrHaveExpiredAndEveryoneReadsThem() {
        LocalDate today = LocalDate.now(clock);
        ProcessorAgreement soon = dpo(() -> agreements.add(agreement("Leerplatform BV", today.plusDays(30)), DPO));
        ProcessorAgreement expired = dpo(() -> agreements.add(agreement("Fotograaf NV", today.minusDays(1)), DPO));
        ProcessorAgreement later = dpo(() -> agreements.add(agreement("Boekhouding CV", today.plusYears(2)), DPO));
        ProcessorAgreement draft = dpo(() -> agreements.add(new ProcessorAgreementInput("Website Studio", " Webbouwers ", "Website",
                AgreementStatus.DRAFT, null, null, " ", ""), DPO));
        assertThat(soon.state()).isEqualTo(AgreementState.EXPIRING);
        assertThat(expired.state()).isEqualTo(AgreementState.EXPIRED);
        assertThat(later.state()).isEqualTo(AgreementState.SIGNED);
        assertThat(draft.state()).isEqualTo(AgreementState.DRAFT);
        assertThat(draft.supplierName()).isEqualTo("Webbouwers");
        assertThat(draft.documentUrl()).isNull();

        assertThat(asDirector(group, vlinder, agreements::agreements)).extracting(ProcessorAgreement::processorName)
                .as("the first to end first").containsExactly("Fotograaf NV", "Leerplatform BV", "Boekhouding CV", "Website Studio");
        assertThat(asIct(group, agreements::agreements)).hasSize(4);

        ProcessorAgreement renewed = dpo(() -> agreements.change(expired, agreement("Fotograaf NV", today.plusYears(3)), DPO));
        assertThat(renewed.state()).isEqualTo(AgreementState.SIGNED);
        assertThatThrownBy(() -> dpo(() -> agreements.change(expired, agreement("Fotograaf NV", today), DPO)))
                .isInstanceOf(PlanChangedException.class);
        dpo(() -> { agreements.remove(draft, DPO); return null; });
        assertThat(dpo(agreements::agreements)).hasSize(3);
        assertThat(groupHistory()).extracting(AuditEntry::entity, AuditEntry::action).containsOnly(
                tuple("processor_agreement", AuditAction.CREATED), tuple("processor_agreement", AuditAction.CHANGED),
                tuple("processor_agreement", AuditAction.DELETED)).hasSize(6);
        assertThatThrownBy(() -> asDirector(group, vlinder, () -> agreements.add(agreement("X", null), DIRECTOR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asIct(group, () -> { agreements.remove(soon, "ict"); return null; }))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAgreementIsRefusedWithAMessageKey() {
        LocalDate signed = LocalDate.of(2025, 1, 1);
        dpo(() -> {
            assertKey(() -> agreements.add(new ProcessorAgreementInput(" ", null, "", AgreementStatus.DRAFT, null, null, null, ""), DPO),
                    "privacy.agreement.error.processor");
            assertKey(() -> agreements.add(new ProcessorAgreementInput("P", null, "", null, null, null, null, ""), DPO),
                    "privacy.agreement.error.status");
            assertKey(() -> agreements.add(new ProcessorAgreementInput("P", null, "", AgreementStatus.SIGNED, null, null, null, ""), DPO),
                    "privacy.agreement.error.signed-on");
            assertKey(() -> agreements.add(new ProcessorAgreementInput("P", null, "", AgreementStatus.SIGNED, signed, signed.minusDays(1),
                    null, ""), DPO), "privacy.agreement.error.dates");
            assertKey(() -> agreements.add(new ProcessorAgreementInput("P", null, "", AgreementStatus.SIGNED, signed, null,
                    "javascript:alert(1)", ""), DPO), "privacy.agreement.error.link");
            assertKey(() -> agreements.add(new ProcessorAgreementInput("P", "x".repeat(201), "", AgreementStatus.DRAFT, null, null,
                    null, ""), DPO), "privacy.agreement.error.supplier-too-long");
            return null;
        });
        assertThat(dpo(agreements::agreements)).isEmpty();
    }

    // ---- data breaches

    @Test
    void aDirectorRegistersABreachOfTheirSchoolAndTheDpoReportsIt() {
        OffsetDateTime discovered = OffsetDateTime.now(clock).minusHours(30);
        DataBreach registered = asDirector(group, vlinder, () -> breaches.register(breach(discovered, vlinder), DIRECTOR));
        assertThat(registered.registeredBy()).isEqualTo(DIRECTOR);
        assertThat(registered.reported()).isFalse();
        BreachDeadline running = dpo(() -> breaches.deadline(registered));
        assertThat(running.state()).isEqualTo(BreachDeadline.State.RUNNING);
        assertThat(running.hours()).isBetween(41L, 42L);

        assertThatThrownBy(() -> asDirector(group, vlinder, () -> breaches.register(breach(discovered, kompas), DIRECTOR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asDirector(group, vlinder, () -> breaches.register(breach(discovered, vlinder, kompas), DIRECTOR)))
                .isInstanceOf(AccessDeniedException.class);
        DataBreach ofBoth = dpo(() -> breaches.register(breach(discovered.minusDays(10), vlinder, kompas), DPO));
        assertThat(asDirector(group, kompas, breaches::breaches)).containsExactly(ofBoth);
        assertThat(asDirector(group, vlinder, breaches::breaches)).containsExactly(registered, ofBoth);
        assertThat(asIct(group, breaches::breaches)).hasSize(2);

        OffsetDateTime reportedAt = OffsetDateTime.now(clock).minusHours(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        DataBreach reported = dpo(() -> breaches.markReported(registered, reportedAt, DPO));
        assertThat(reported.reportedAt()).isAtSameInstantAs(reportedAt);
        assertThat(dpo(() -> breaches.deadline(reported)).state()).isEqualTo(BreachDeadline.State.REPORTED_IN_TIME);
        assertThat(dpo(() -> breaches.deadline(ofBoth)).state()).isEqualTo(BreachDeadline.State.OVERDUE);
        assertThatThrownBy(() -> dpo(() -> breaches.markReported(registered, reportedAt, DPO))).isInstanceOf(PlanChangedException.class);
        assertThatThrownBy(() -> asDirector(group, vlinder, () -> breaches.markReported(reported, reportedAt, DIRECTOR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asIct(group, () -> breaches.register(breach(discovered, vlinder), "ict")))
                .isInstanceOf(AccessDeniedException.class);

        DataBreachInput noReport = new DataBreachInput(ofBoth.discoveredAt(), ofBoth.nature(), ofBoth.dataAffected(), null,
                Set.of(kompas), "Versleutelde stick: geen risico", false, null);
        DataBreach changed = dpo(() -> breaches.change(ofBoth, noReport, DPO));
        assertThat(changed.peopleAffected()).isNull();
        assertThat(dpo(() -> breaches.deadline(changed)).state()).isEqualTo(BreachDeadline.State.NOT_REQUIRED);
        assertThat(asDirector(group, vlinder, breaches::breaches)).containsExactly(reported);

        assertThat(asIct(group, () -> history.schoolHistory(vlinder))).extracting(AuditEntry::entity, AuditEntry::action, AuditEntry::actor)
                .containsExactly(tuple("data_breach", AuditAction.CHANGED, DPO), tuple("data_breach", AuditAction.CREATED, DIRECTOR));
        assertThat(groupHistory()).extracting(AuditEntry::entityId).containsOnly(registered.id(), ofBoth.id()).hasSize(4);
    }

    @Test
    void aBreachIsRefusedWithAMessageKey() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        dpo(() -> {
            assertKey(() -> breaches.register(breach(null, vlinder), DPO), "privacy.breach.error.discovered-at");
            assertKey(() -> breaches.register(breach(now.plusHours(2), vlinder), DPO), "privacy.breach.error.discovered-future");
            assertKey(() -> breaches.register(breach(now), DPO), "privacy.error.no-schools");
            assertKey(() -> breaches.register(breach(now, UUID.randomUUID()), DPO), "plan.error.no-school");
            assertKey(() -> breaches.register(new DataBreachInput(now, " ", "namen", 1, Set.of(vlinder), "", true, null), DPO),
                    "privacy.breach.error.nature");
            assertKey(() -> breaches.register(new DataBreachInput(now, "verlies", "", 1, Set.of(vlinder), "", true, null), DPO),
                    "privacy.breach.error.data");
            assertKey(() -> breaches.register(new DataBreachInput(now, "verlies", "namen", -1, Set.of(vlinder), "", true, null), DPO),
                    "privacy.breach.error.people");
            assertKey(() -> breaches.register(new DataBreachInput(now, "verlies", "namen", 1, Set.of(vlinder), "", true, now.minusHours(1)), DPO),
                    "privacy.breach.error.reported-before");
            assertKey(() -> breaches.register(new DataBreachInput(now.minusHours(3), "verlies", "namen", 1, Set.of(vlinder), "", true,
                    now.plusHours(1)), DPO), "privacy.breach.error.reported-future");
            return null;
        });
        assertThat(dpo(breaches::breaches)).isEmpty();
    }
}
