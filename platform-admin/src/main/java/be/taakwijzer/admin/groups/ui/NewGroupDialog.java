package be.taakwijzer.admin.groups.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import be.taakwijzer.admin.groups.GroupOnboardingService;
import be.taakwijzer.admin.groups.NewSchoolGroup;
import be.taakwijzer.admin.groups.Umbrella;
import be.taakwijzer.shared.InvalidInputException;

/** A new school group with its first ICT staff member; a refusal is shown at the field it concerns. */
public class NewGroupDialog extends Dialog {

    public NewGroupDialog(GroupOnboardingService onboarding, String actor, Consumer<NewSchoolGroup> saved) {
        setHeaderTitle(getTranslation("onboarding.group.title"));
        TextField name = new TextField(getTranslation("onboarding.group.name"));
        name.setId("group-name");
        TextField nummer = new TextField(getTranslation("onboarding.group.instellingsnummer"));
        nummer.setId("group-instellingsnummer");
        nummer.setHelperText(getTranslation("onboarding.group.instellingsnummer-help"));
        ComboBox<Umbrella> umbrella = new ComboBox<>(getTranslation("onboarding.group.umbrella"));
        umbrella.setId("group-umbrella");
        umbrella.setItems(onboarding.umbrellas());
        umbrella.setItemLabelGenerator(Umbrella::name);
        EmailField email = new EmailField(getTranslation("onboarding.group.ict-email"));
        email.setId("group-ict-email");
        email.setHelperText(getTranslation("onboarding.group.ict-email-help"));
        TextField staffName = new TextField(getTranslation("onboarding.group.ict-name"));
        staffName.setId("group-ict-name");
        Map<String, HasValidation> fields = Map.of("onboarding.error.name", name, "onboarding.error.instellingsnummer", nummer,
                "onboarding.error.group-number-taken", nummer, "onboarding.error.email", email, "onboarding.error.email-taken", email);

        Button save = new Button(getTranslation("onboarding.save"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                NewSchoolGroup group = new NewSchoolGroup(name.getValue(), nummer.getValue(),
                        umbrella.getValue() == null ? null : umbrella.getValue().id(), email.getValue(), staffName.getValue());
                onboarding.addGroup(group, actor);
                close();
                saved.accept(group);
            } catch (InvalidInputException refused) {
                HasValidation field = fields.getOrDefault(refused.messageKey(), name);
                field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                field.setInvalid(true);
            }
        });
        save.setId("group-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("onboarding.cancel"), click -> close());
        add(new FormLayout(name, nummer, umbrella, email, staffName));
        getFooter().add(cancel, save);
    }
}
