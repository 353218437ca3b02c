package be.taakwijzer.privacy;

import static be.taakwijzer.privacy.PrivacyFixtures.asDirector;
import static be.taakwijzer.privacy.PrivacyFixtures.asDpo;
import static be.taakwijzer.privacy.PrivacyFixtures.asIct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import be.taakwijzer.purchasing.Supplier;
import be.taakwijzer.purchasing.SupplierInput;
import be.taakwijzer.purchasing.SupplierService;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.testsupport.TestTenants;

/** A processor agreement names a supplier of the purchasing workspace: the own group's only, and it survives the supplier's removal. */
@SpringBootTest
class ProcessorAgreementSupplierTest {

    @Autowired
    ProcessorAgreementService agreements;
    @Autowired
    SupplierService purchasingSuppliers;

    UUID group;
    UUID school;
    UUID otherGroup;
    Supplier bitwerk;

    @BeforeEach
    void aGroupWithASupplier() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        school = TestTenants.createSchool(group, "Basisschool De Vlinder");
        otherGroup = TestTenants.createGroup("Scholengroep Zuiderzon");
        bitwerk = asIct(group, () -> purchasingSuppliers.add(new SupplierInput("Bitwerk bv (fictief)", null, null, ""), "ict"));
    }

    @Test
    void theDpoLinksAnAgreementToTheGroupsSupplierAndKeepsItsNameWhenTheSupplierGoes() {
        assertThat(asDpo(group, agreements::suppliers)).extracting(SupplierDirectory.SupplierName::name).containsExactly("Bitwerk bv (fictief)");
        ProcessorAgreement linked = asDpo(group, () -> agreements.add(new ProcessorAgreementInput("Bitwerk bv", "typed name is replaced",
                "Tabletbeheer", AgreementStatus.DRAFT, null, LocalDate.now().plusYears(2), null, "", bitwerk.id()), "dpo"));
        assertThat(linked.supplierId()).isEqualTo(bitwerk.id());
        assertThat(linked.supplierName()).isEqualTo("Bitwerk bv (fictief)");

        asIct(group, () -> {
            purchasingSuppliers.remove(bitwerk, "ict");
            return null;
        });
        ProcessorAgreement after = asDpo(group, agreements::agreements).getFirst();
        assertThat(after.supplierId()).isNull();
        assertThat(after.supplierName()).isEqualTo("Bitwerk bv (fictief)");
    }

    @Test
    void anotherGroupsSupplierCannotBeNamedNorSeenAndDirectorsDoNotListSuppliers() {
        assertThat(asDpo(otherGroup, agreements::suppliers)).isEmpty();
        assertThatThrownBy(() -> asDpo(otherGroup, () -> agreements.add(new ProcessorAgreementInput("Bitwerk", null, "Tablets",
                AgreementStatus.DRAFT, null, null, null, "", bitwerk.id()), "dpo")))
                .isInstanceOf(InvalidInputException.class).extracting("messageKey").isEqualTo("privacy.agreement.error.supplier");
        assertThat(asDpo(otherGroup, agreements::agreements)).isEmpty();
        assertThatThrownBy(() -> asDirector(group, school, agreements::suppliers)).isInstanceOf(AccessDeniedException.class);
    }
}
