package be.taakwijzer.web.sso.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.sso.ApplicationInput;
import be.taakwijzer.sso.ConnectionState;
import be.taakwijzer.sso.LeerIdApplication;

/** The form of a learning application: name, supplier, connection, note. */
class ApplicationDialog extends Dialog {

    interface Save {
        void save(ApplicationInput input);
    }

    private final TextField name = new TextField();
    private final TextField supplier = new TextField();
    private final Select<ConnectionState> connection = new Select<>();
    private final TextArea note = new TextArea();

    ApplicationDialog(LeerIdApplication editing, Save save, StateDialog.OtherProblem otherProblem) {
        setId("leerid-app-dialog");
        setHeaderTitle(getTranslation(editing == null ? "sso.app-dialog.add-title" : "sso.app-dialog.change-title"));
        setWidth("min(640px, 95vw)");
        name.setId("leerid-app-name");
        name.setLabel(getTranslation("sso.apps.column.name"));
        name.setMaxLength(200);
        name.setHelperText(getTranslation("sso.app-dialog.name-help"));
        supplier.setId("leerid-app-supplier");
        supplier.setLabel(getTranslation("sso.apps.column.supplier"));
        supplier.setMaxLength(200);
        connection.setId("leerid-app-connection");
        connection.setLabel(getTranslation("sso.apps.column.connection"));
        connection.setItems(ConnectionState.values());
        connection.setItemLabelGenerator(state -> state == null ? "" : getTranslation("sso.connection." + state.name()));
        note.setId("leerid-app-note");
        note.setLabel(getTranslation("sso.apps.column.note"));
        note.setMaxLength(2000);
        if (editing == null) {
            connection.setValue(ConnectionState.PLANNED);
        } else {
            name.setValue(editing.name());
            supplier.setValue(editing.supplier());
            connection.setValue(editing.connectionState());
            note.setValue(editing.note());
        }
        FormLayout form = new FormLayout(name, supplier, connection, note);
        form.setColspan(note, 2);
        add(form);

        Button saveButton = new Button(getTranslation("form.save"), click -> {
            for (HasValidation field : new HasValidation[] {name, supplier, connection, note}) {
                field.setInvalid(false);
            }
            try {
                save.save(new ApplicationInput(name.getValue(), supplier.getValue(), connection.getValue(), note.getValue()));
                close();
            } catch (InvalidInputException refused) {
                HasValidation field = switch (refused.messageKey()) {
                    case "sso.error.app-name", "sso.error.app-duplicate" -> name;
                    case "sso.error.app-supplier" -> supplier;
                    case "sso.error.app-connection" -> connection;
                    case "sso.error.note" -> note;
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
        saveButton.setId("leerid-app-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        cancel.setId("leerid-app-cancel");
        getFooter().add(cancel, saveButton);
    }
}
