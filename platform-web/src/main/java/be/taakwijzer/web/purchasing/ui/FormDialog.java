package be.taakwijzer.web.purchasing.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

import be.taakwijzer.shared.InvalidInputException;

/**
 * A form in a dialog: Save hands the input to the service; a refusal shows at the field it concerns,
 * any other refusal closes the dialog and is shown on the page.
 */
abstract class FormDialog extends Dialog {

    private final Map<String, HasValidation> fieldsByKey = new HashMap<>();
    private final Consumer<InvalidInputException> otherProblem;

    FormDialog(String id, String title, Consumer<InvalidInputException> otherProblem) {
        this.otherProblem = otherProblem;
        setId(id);
        setHeaderTitle(title);
        setWidth("min(720px, 95vw)");
        Button save = new Button(getTranslation("form.save"), click -> save());
        save.setId(id + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        cancel.setId(id + "-cancel");
        getFooter().add(cancel, save);
    }

    /** Shows a refusal with one of these message keys at the field. */
    void problemsAt(HasValidation field, String... keys) {
        for (String key : keys) {
            fieldsByKey.put(key, field);
        }
    }

    /** Hands the input to the service; throws when the service refuses it. */
    abstract void submit();

    /** The field a refusal concerns, or null when it concerns none of them. */
    HasValidation fieldFor(InvalidInputException refused) {
        return fieldsByKey.get(refused.messageKey());
    }

    void clearProblems() {
        fieldsByKey.values().forEach(field -> field.setInvalid(false));
    }

    private void save() {
        clearProblems();
        try {
            submit();
            close();
        } catch (InvalidInputException refused) {
            HasValidation field = fieldFor(refused);
            if (field == null) {
                close();
                otherProblem.accept(refused);
            } else {
                field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                field.setInvalid(true);
            }
        }
    }
}
