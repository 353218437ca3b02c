package be.taakwijzer.admin.catalogue.ui;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import be.taakwijzer.admin.catalogue.CatalogueDraft;
import be.taakwijzer.shared.InvalidInputException;

/** Publishes the draft with a note for the school groups, in Dutch and English. */
class PublishDialog extends Dialog {

    PublishDialog(CatalogueDraft draft, BiConsumer<String, String> publish) {
        setHeaderTitle(getTranslation("catalogue.publish.title", draft.stamp().number()));
        setWidth("40rem");
        TextArea noteNl = new TextArea(getTranslation("catalogue.publish.note-nl"));
        noteNl.setId("publish-note-nl");
        TextArea noteEn = new TextArea(getTranslation("catalogue.publish.note-en"));
        noteEn.setId("publish-note-en");
        FormLayout form = new FormLayout(noteNl, noteEn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button confirm = new Button(getTranslation("catalogue.publish.confirm"), click -> {
            try {
                publish.accept(noteNl.getValue(), noteEn.getValue());
                close();
            } catch (InvalidInputException refused) {
                noteNl.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                noteNl.setInvalid(true);
            }
        });
        confirm.setId("publish-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("catalogue.publish.text", draft.changes(), draft.stamp().number())), form);
        getFooter().add(new Button(getTranslation("catalogue.dialog.cancel"), click -> close()), confirm);
    }
}
