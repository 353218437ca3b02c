package be.taakwijzer.web.sso.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.sso.LeerIdSchool;
import be.taakwijzer.sso.LeerIdState;

/** Moves a school to another LeerID state: the next one is proposed; going back asks for a reason. */
class StateDialog extends Dialog {

    /** Saves the change; throws when the service refuses it, which the dialog then shows. */
    interface Save {
        void save(LeerIdState target, String note);
    }

    interface OtherProblem {
        void show(InvalidInputException refused);
    }

    private final Select<LeerIdState> target = new Select<>();
    private final TextArea note = new TextArea();

    StateDialog(LeerIdSchool school, Save save, OtherProblem otherProblem) {
        setId("leerid-state-dialog");
        setHeaderTitle(getTranslation("sso.state-dialog.title", school.school().name()));
        setWidth("min(560px, 95vw)");
        LeerIdState current = school.state();
        List<LeerIdState> targets = Arrays.stream(LeerIdState.values())
                .filter(state -> state != current && (state.isBefore(current) || state == current.next())).toList();

        target.setId("leerid-state-target");
        target.setLabel(getTranslation("sso.state-dialog.target"));
        target.setItems(targets);
        target.setItemLabelGenerator(state -> state == null ? "" : getTranslation("sso.state." + state.name()));
        if (current != LeerIdState.LIVE) {
            target.setValue(current.next());
        }
        note.setId("leerid-state-note");
        note.setMaxLength(2000);
        target.addValueChangeListener(change -> labelNote(change.getValue(), current));
        labelNote(target.getValue(), current);

        Paragraph help = new Paragraph(getTranslation("sso.state-dialog.help", getTranslation("sso.state." + current.name())));
        help.addClassName("tw-secondary");
        FormLayout form = new FormLayout(target, note);
        form.setColspan(note, 2);
        add(help, form);

        Button saveButton = new Button(getTranslation("form.save"), click -> {
            target.setInvalid(false);
            note.setInvalid(false);
            try {
                save.save(target.getValue(), note.getValue());
                close();
            } catch (InvalidInputException refused) {
                HasValidation field = switch (refused.messageKey()) {
                    case "sso.error.state", "sso.error.same-state", "sso.error.skip" -> target;
                    case "sso.error.reason-required", "sso.error.note" -> note;
                    default -> null;
                };
                if (field == null) {
                    close();
                    otherProblem.show(refused);
                } else {
                    field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                    field.setInvalid(true);
                }
            }
        });
        saveButton.setId("leerid-state-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        cancel.setId("leerid-state-cancel");
        getFooter().add(cancel, saveButton);
    }

    private void labelNote(LeerIdState chosen, LeerIdState current) {
        boolean back = chosen != null && chosen.isBefore(current);
        note.setLabel(getTranslation(back ? "sso.state-dialog.reason" : "sso.state-dialog.note"));
        note.setRequiredIndicatorVisible(back);
    }
}
