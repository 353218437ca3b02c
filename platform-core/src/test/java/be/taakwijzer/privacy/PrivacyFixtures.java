package be.taakwijzer.privacy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import be.taakwijzer.testsupport.AuthenticatedAs;

/** People and inputs the privacy tests share. */
final class PrivacyFixtures {

    static final String DPO = "dpo@noorderlicht.example";
    static final String DIRECTOR = "directeur@vlinder.example";

    private PrivacyFixtures() {
    }

    static <T> T asDpo(UUID group, Supplier<T> work) {
        return AuthenticatedAs.withRoles(group, List.of("GROUP_DPO"), work);
    }

    static <T> T asIct(UUID group, Supplier<T> work) {
        return AuthenticatedAs.withRoles(group, List.of("GROUP_ICT_STAFF"), work);
    }

    static <T> T asDirector(UUID group, UUID school, Supplier<T> work) {
        return AuthenticatedAs.withRolesAndSchool(group, school, List.of("SCHOOL_DIRECTOR"), work);
    }

    static QuestionInput question(String subject) {
        return new QuestionInput(subject, "Mogen we foto's van de schoolreis op de website zetten?", QuestionCategory.BEELDMATERIAAL,
                QuestionUrgency.NORMAL);
    }

    static ProcessingActivityInput activity(String name, boolean allSchools, UUID... schools) {
        return new ProcessingActivityInput(name, "Leerlingen opvolgen", LegalBasis.ALGEMEEN_BELANG, "leerlingen, ouders",
                "naam, klas, evaluaties", "leerkrachten, CLB", "", "", "tot 5 jaar na vertrek", "toegang per rol", allSchools, Set.of(schools));
    }

    static ProcessorAgreementInput agreement(String processor, LocalDate expiresOn) {
        return new ProcessorAgreementInput(processor, null, "Leerplatform", AgreementStatus.SIGNED, LocalDate.of(2024, 9, 1), expiresOn,
                "https://documenten.example/dpa.pdf", "");
    }

    static DataBreachInput breach(OffsetDateTime discoveredAt, UUID... schools) {
        return new DataBreachInput(discoveredAt, "USB-stick verloren", "namen en punten", 25, Set.of(schools), "", true, null);
    }
}
