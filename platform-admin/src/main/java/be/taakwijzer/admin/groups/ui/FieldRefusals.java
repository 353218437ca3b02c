package be.taakwijzer.admin.groups.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;

/** Where a dialog shows a refused input: at the field the refusal is about, or above the form when it is about none. */
final class FieldRefusals {

    private final Map<String, HasValidation> fields;
    private final Paragraph problem;

    FieldRefusals(Map<String, HasValidation> fields, Paragraph problem) {
        this.fields = fields;
        this.problem = problem;
    }

    void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
        problem.setVisible(false);
    }

    void show(String messageKey, String message) {
        HasValidation field = fields.get(messageKey);
        if (field == null) {
            problem.setText(message);
            problem.setVisible(true);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }
}
