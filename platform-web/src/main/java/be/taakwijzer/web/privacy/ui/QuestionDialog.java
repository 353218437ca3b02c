package be.taakwijzer.web.privacy.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import be.taakwijzer.privacy.QuestionCategory;
import be.taakwijzer.privacy.QuestionInput;
import be.taakwijzer.privacy.QuestionUrgency;
import be.taakwijzer.shared.InvalidInputException;

/** A director's new question to the DPO. */
class QuestionDialog extends PrivacyDialog {

    QuestionDialog(Consumer<QuestionInput> save, Consumer<InvalidInputException> otherProblem) {
        this(new TextField(), new TextArea(), new Select<>(), new Select<>(), save, otherProblem);
    }

    private QuestionDialog(TextField subject, TextArea body, Select<QuestionCategory> category, Select<QuestionUrgency> urgency,
                           Consumer<QuestionInput> save, Consumer<InvalidInputException> otherProblem) {
        super("question-dialog", null, () -> save.accept(new QuestionInput(subject.getValue(), body.getValue(), category.getValue(),
                urgency.getValue())), otherProblem);
        setHeaderTitle(getTranslation("privacy.question.form.title"));
        subject.setId("question-subject");
        subject.setLabel(getTranslation("privacy.question.column.subject"));
        subject.setMaxLength(200);
        category.setId("question-category");
        category.setLabel(getTranslation("privacy.question.column.category"));
        category.setItems(QuestionCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("privacy.category." + c.name()));
        category.setValue(QuestionCategory.ANDERE);
        urgency.setId("question-urgency");
        urgency.setLabel(getTranslation("privacy.question.column.urgency"));
        urgency.setItems(QuestionUrgency.values());
        urgency.setItemLabelGenerator(u -> getTranslation("privacy.urgency." + u.name()));
        urgency.setValue(QuestionUrgency.NORMAL);
        body.setId("question-body");
        body.setLabel(getTranslation("privacy.question.form.body"));
        body.setHelperText(getTranslation("privacy.question.form.body-help"));
        body.setMaxLength(5000);
        body.setMinHeight("10em");
        FormLayout form = new FormLayout(subject, category, urgency, body);
        form.setColspan(subject, 2);
        form.setColspan(body, 2);
        form(form);
    }
}
