package be.taakwijzer.web.privacy.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import be.taakwijzer.shared.InvalidInputException;

/** One text to write: the DPO's answer, a school's follow-up question, the note of an escalation. */
class TextDialog extends PrivacyDialog {

    private final TextArea text;

    TextDialog(String title, String context, String label, int maxLength, Consumer<String> save,
               Consumer<InvalidInputException> otherProblem) {
        this(title, context, label, maxLength, new TextArea(), save, otherProblem);
    }

    private TextDialog(String title, String context, String label, int maxLength, TextArea text, Consumer<String> save,
                       Consumer<InvalidInputException> otherProblem) {
        super("privacy-text-dialog", title, () -> save.accept(text.getValue()), otherProblem);
        this.text = text;
        text.setId("privacy-text");
        text.setLabel(label);
        text.setMaxLength(maxLength);
        text.setWidthFull();
        text.setMinHeight("10em");
        Paragraph about = new Paragraph(context);
        about.addClassName("tw-secondary");
        form(new com.vaadin.flow.component.html.Div(about, text));
    }

    TextArea field() {
        return text;
    }
}
