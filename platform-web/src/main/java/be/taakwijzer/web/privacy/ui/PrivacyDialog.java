package be.taakwijzer.web.privacy.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import be.taakwijzer.allocation.PlanChangedException;
import be.taakwijzer.shared.InvalidInputException;

/**
 * The frame of every form in the privacy workspace: a save and a cancel button, and the service's
 * refusal shown in the form, so the person can correct it. When someone else changed the same thing
 * meanwhile, the form closes and the page tells so.
 */
abstract class PrivacyDialog extends Dialog {

    private final Paragraph problem = new Paragraph();

    PrivacyDialog(String id, String title, Runnable save, Consumer<InvalidInputException> otherProblem) {
        setId(id);
        setHeaderTitle(title);
        setWidth("min(760px, 95vw)");
        problem.setId(id + "-problem");
        problem.addClassName("tw-warning");
        problem.setVisible(false);
        Button saveButton = new Button(getTranslation("form.save"), click -> {
            problem.setVisible(false);
            try {
                save.run();
                close();
            } catch (PlanChangedException changed) {
                close();
                otherProblem.accept(changed);
            } catch (InvalidInputException refused) {
                problem.setText(getTranslation(refused.messageKey(), refused.arguments()));
                problem.setVisible(true);
            }
        });
        saveButton.setId(id + "-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        cancel.setId(id + "-cancel");
        getFooter().add(cancel, saveButton);
    }

    /** Adds the form; the place for a refusal comes first, where it is seen. */
    void form(com.vaadin.flow.component.Component form) {
        add(problem, form);
    }
}
