package be.taakwijzer.admin.groups.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import be.taakwijzer.admin.groups.SchoolGroupService;
import be.taakwijzer.admin.groups.Umbrella;
import be.taakwijzer.shared.InvalidInputException;

/** A new name for an umbrella organisation; its code stays (logins and reports name it). */
public class EditUmbrellaDialog extends Dialog {

    public EditUmbrellaDialog(SchoolGroupService groups, List<Umbrella> umbrellas, String actor, Runnable saved) {
        setHeaderTitle(getTranslation("groups.umbrella.title"));
        ComboBox<Umbrella> umbrella = new ComboBox<>(getTranslation("onboarding.group.umbrella"));
        umbrella.setId("umbrella-edit-which");
        umbrella.setItems(umbrellas);
        umbrella.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
        TextField name = new TextField(getTranslation("onboarding.umbrella.name"));
        name.setId("umbrella-edit-name");
        umbrella.addValueChangeListener(chosen -> name.setValue(chosen.getValue() == null ? "" : chosen.getValue().name()));
        Button save = new Button(getTranslation("onboarding.save"), click -> {
            umbrella.setInvalid(false);
            name.setInvalid(false);
            if (umbrella.getValue() == null) {
                umbrella.setErrorMessage(getTranslation("groups.error.umbrella"));
                umbrella.setInvalid(true);
                return;
            }
            try {
                groups.renameUmbrella(umbrella.getValue(), name.getValue(), actor);
                close();
                saved.run();
            } catch (InvalidInputException refused) {
                name.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                name.setInvalid(true);
            }
        });
        save.setId("umbrella-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(umbrella, name));
        getFooter().add(new Button(getTranslation("onboarding.cancel"), click -> close()), save);
    }
}
