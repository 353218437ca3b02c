package be.taakwijzer.web.purchasing.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import be.taakwijzer.purchasing.Supplier;
import be.taakwijzer.purchasing.SupplierInput;
import be.taakwijzer.shared.InvalidInputException;

/** Name, enterprise number, contact e-mail address and a note of a supplier. */
class SupplierDialog extends FormDialog {

    private final TextField name = new TextField();
    private final TextField number = new TextField();
    private final TextField email = new TextField();
    private final TextArea note = new TextArea();
    private final Consumer<SupplierInput> save;

    SupplierDialog(Supplier editing, Consumer<SupplierInput> save, Consumer<InvalidInputException> otherProblem) {
        super("supplier-dialog", "", otherProblem);
        setHeaderTitle(getTranslation(editing == null ? "purchasing.supplier.add" : "purchasing.supplier.change"));
        this.save = save;
        name.setId("supplier-name");
        name.setLabel(getTranslation("purchasing.supplier.name"));
        number.setId("supplier-number");
        number.setLabel(getTranslation("purchasing.supplier.number"));
        number.setHelperText(getTranslation("purchasing.supplier.number-help"));
        email.setId("supplier-email");
        email.setLabel(getTranslation("purchasing.supplier.email"));
        note.setId("supplier-note");
        note.setLabel(getTranslation("purchasing.note"));
        note.setMaxLength(2000);
        if (editing != null) {
            name.setValue(editing.name());
            number.setValue(editing.enterpriseNumberFormatted());
            email.setValue(editing.contactEmail() == null ? "" : editing.contactEmail());
            note.setValue(editing.note());
        }
        problemsAt(name, "purchasing.error.supplier-name", "purchasing.error.supplier-duplicate");
        problemsAt(number, "purchasing.error.enterprise-number");
        problemsAt(email, "purchasing.error.email");
        problemsAt(note, "purchasing.error.note");
        FormLayout form = new FormLayout(name, number, email, note);
        form.setColspan(note, 2);
        add(form);
    }

    @Override
    void submit() {
        save.accept(new SupplierInput(name.getValue(), number.getValue(), email.getValue(), note.getValue()));
    }
}
