package be.taakwijzer.web.privacy.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import be.taakwijzer.privacy.AgreementStatus;
import be.taakwijzer.privacy.ProcessorAgreement;
import be.taakwijzer.privacy.ProcessorAgreementInput;
import be.taakwijzer.privacy.SupplierDirectory.SupplierName;
import be.taakwijzer.shared.InvalidInputException;

/** A processor agreement, as the DPO enters or changes it. */
class AgreementDialog extends PrivacyDialog {

    private static final class Fields {
        final TextField processor = new TextField();
        final TextField supplier = new TextField();
        final ComboBox<SupplierName> purchasingSupplier = new ComboBox<>();
        final TextField application = new TextField();
        final Select<AgreementStatus> status = new Select<>();
        final DatePicker signedOn = new DatePicker();
        final DatePicker expiresOn = new DatePicker();
        final TextField document = new TextField();
        final TextArea note = new TextArea();

        ProcessorAgreementInput input() {
            SupplierName linked = purchasingSupplier.getValue();
            return new ProcessorAgreementInput(processor.getValue(), linked == null ? supplier.getValue() : linked.name(),
                    application.getValue(), status.getValue(), signedOn.getValue(), expiresOn.getValue(), document.getValue(),
                    note.getValue(), linked == null ? null : linked.id());
        }
    }

    AgreementDialog(ProcessorAgreement editing, List<SupplierName> suppliers, Consumer<ProcessorAgreementInput> save,
                    Consumer<InvalidInputException> otherProblem) {
        this(new Fields(), editing, suppliers, save, otherProblem);
    }

    private AgreementDialog(Fields f, ProcessorAgreement editing, List<SupplierName> suppliers, Consumer<ProcessorAgreementInput> save,
                            Consumer<InvalidInputException> otherProblem) {
        super("agreement-dialog", null, () -> save.accept(f.input()), otherProblem);
        setHeaderTitle(getTranslation(editing == null ? "privacy.agreement.form.add-title" : "privacy.agreement.form.change-title"));
        f.processor.setId("agreement-processor");
        f.processor.setLabel(getTranslation("privacy.agreement.column.processor"));
        f.processor.setMaxLength(200);
        f.supplier.setId("agreement-supplier");
        f.supplier.setLabel(getTranslation("privacy.agreement.form.supplier"));
        f.supplier.setHelperText(getTranslation("privacy.agreement.form.supplier-help"));
        f.supplier.setMaxLength(200);
        // a supplier of the purchasing workspace links the agreement to it; free text stays for others
        f.purchasingSupplier.setId("agreement-purchasing-supplier");
        f.purchasingSupplier.setLabel(getTranslation("privacy.agreement.form.purchasing-supplier"));
        f.purchasingSupplier.setHelperText(getTranslation("privacy.agreement.form.purchasing-supplier-help"));
        f.purchasingSupplier.setItems(suppliers);
        f.purchasingSupplier.setItemLabelGenerator(SupplierName::name);
        f.purchasingSupplier.setClearButtonVisible(true);
        f.purchasingSupplier.addValueChangeListener(change -> f.supplier.setVisible(change.getValue() == null));
        f.application.setId("agreement-application");
        f.application.setLabel(getTranslation("privacy.agreement.column.application"));
        f.application.setMaxLength(200);
        f.status.setId("agreement-status");
        f.status.setLabel(getTranslation("privacy.agreement.column.status"));
        f.status.setItems(AgreementStatus.values());
        f.status.setItemLabelGenerator(s -> s == null ? "" : getTranslation("privacy.agreement.status." + s.name()));
        f.signedOn.setId("agreement-signed-on");
        f.signedOn.setLabel(getTranslation("privacy.agreement.column.signed-on"));
        f.expiresOn.setId("agreement-expires-on");
        f.expiresOn.setLabel(getTranslation("privacy.agreement.column.expires-on"));
        f.document.setId("agreement-document");
        f.document.setLabel(getTranslation("privacy.agreement.column.document"));
        f.document.setPlaceholder("https://");
        f.note.setId("agreement-note");
        f.note.setLabel(getTranslation("privacy.agreement.form.note"));
        f.note.setMaxLength(2000);

        if (editing == null) {
            f.status.setValue(AgreementStatus.DRAFT);
        } else {
            f.processor.setValue(editing.processorName());
            f.supplier.setValue(editing.supplierName() == null ? "" : editing.supplierName());
            suppliers.stream().filter(supplier -> supplier.id().equals(editing.supplierId())).findFirst()
                    .ifPresent(f.purchasingSupplier::setValue);
            f.application.setValue(editing.application());
            f.status.setValue(editing.status());
            f.signedOn.setValue(editing.signedOn());
            f.expiresOn.setValue(editing.expiresOn());
            f.document.setValue(editing.documentUrl() == null ? "" : editing.documentUrl());
            f.note.setValue(editing.note());
        }
        FormLayout form = new FormLayout(f.processor, f.application, f.purchasingSupplier, f.supplier, f.status, f.signedOn, f.expiresOn, f.document, f.note);
        form.setColspan(f.document, 2);
        form.setColspan(f.note, 2);
        form(form);
    }
}
