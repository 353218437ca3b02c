package be.taakwijzer.admin.groups.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;

import be.taakwijzer.admin.groups.GroupOnboardingService;
import be.taakwijzer.admin.groups.Umbrella;
import be.taakwijzer.admin.tenants.ui.TenantsView;
import be.taakwijzer.admin.testsupport.SignedIn;
import be.taakwijzer.ui.testsupport.KaribuViewTest;

/** An umbrella renamed from the groups' page; a blank name is refused at the field. */
@SpringBootTest
class EditUmbrellaDialogTest extends KaribuViewTest {

    @Autowired
    GroupOnboardingService onboarding;

    @Test
    void theOperatorRenamesAnUmbrella() {
        String code = "E-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        SignedIn.asOperator();
        UUID umbrella = onboarding.addUmbrella(code, "Koepel Eiland");
        login("op-1", "Operator Eén", "operator@taakwijzer.test", List.of("PLATFORM_OPERATOR"));
        UI.getCurrent().navigate(TenantsView.class);

        _click(_get(Button.class, spec -> spec.withId("umbrella-edit")));
        ComboBox<Umbrella> which = _get(ComboBox.class, spec -> spec.withId("umbrella-edit-which"));
        _setValue(which, onboarding.umbrellas().stream().filter(u -> u.id().equals(umbrella)).findFirst().orElseThrow());
        TextField name = _get(TextField.class, spec -> spec.withId("umbrella-edit-name"));
        assertThat(name.getValue()).isEqualTo("Koepel Eiland");
        _setValue(name, " ");
        _click(_get(Button.class, spec -> spec.withId("umbrella-edit-save")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Geef een naam van 1 tot 200 tekens.");

        _setValue(name, "Koepel Schiereiland");
        _click(_get(Button.class, spec -> spec.withId("umbrella-edit-save")));
        assertThat(onboarding.umbrellas()).filteredOn(u -> u.id().equals(umbrella)).extracting(Umbrella::name)
                .containsExactly("Koepel Schiereiland");
    }
}
