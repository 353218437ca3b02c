package be.taakwijzer.admin.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import be.taakwijzer.admin.groups.GroupOnboardingService;
import be.taakwijzer.shared.InvalidInputException;

/** A new umbrella organisation: a short code and its name. */
public class NewUmbrellaDialog extends Dialog {

    public NewUmbrellaDialog(GroupOnboardingService onboarding, Runnable saved) {
        setHeaderTitle(getTranslation("onboarding.umbrella.title"));
        TextField code = new TextField(getTranslation("onboarding.umbrella.code"));
        code.setId("umbrella-code");
        code.setHelperText(getTranslation("onboarding.umbrella.code-help"));
        TextField name = new TextField(getTranslation("onboarding.umbrella.name"));
        name.setId("umbrella-name");
        Button save = new Button(getTranslation("onboarding.save"), click -> {
            code.setInvalid(false);
            name.setInvalid(false);
            try {
                onboarding.addUmbrella(code.getValue(), name.getValue());
                close();
                saved.run();
            } catch (InvalidInputException refused) {
                TextField field = refused.messageKey().equals("onboarding.error.name") ? name : code;
                field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                field.setInvalid(true);
            }
        });
        save.setId("umbrella-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(code, name));
        getFooter().add(new Button(getTranslation("onboarding.cancel"), click -> close()), save);
    }
}
