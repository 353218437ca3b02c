package be.taakwijzer.web.purchasing.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import be.taakwijzer.purchasing.Contract;
import be.taakwijzer.purchasing.ContractDocument;
import be.taakwijzer.purchasing.ContractInput;
import be.taakwijzer.purchasing.Procurement;
import be.taakwijzer.purchasing.PurchaseCategory;
import be.taakwijzer.purchasing.Supplier;
import be.taakwijzer.shared.InvalidInputException;

/** A framework contract: title, supplier, category, how obtained, from when to when, a note and its documents as links. */
class ContractDialog extends FormDialog {

    private final TextField title = new TextField();
    private final Select<Supplier> supplier = new Select<>();
    private final Select<PurchaseCategory> category = new Select<>();
    private final Select<Procurement> procurement = new Select<>();
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final TextArea note = new TextArea();
    private final Div documents = new Div();
    private final List<TextField[]> documentRows = new ArrayList<>();
    private final TextField documentProblem = new TextField();
    private final Consumer<ContractInput> save;

    ContractDialog(List<Supplier> suppliers, Contract editing, Consumer<ContractInput> save, Consumer<InvalidInputException> otherProblem) {
        super("contract-dialog", "", otherProblem);
        setHeaderTitle(getTranslation(editing == null ? "purchasing.contract.add" : "purchasing.contract.change"));
        this.save = save;
        title.setId("contract-title");
        title.setLabel(getTranslation("purchasing.contract.title"));
        supplier.setId("contract-supplier");
        supplier.setLabel(getTranslation("purchasing.column.supplier"));
        supplier.setItems(suppliers);
        supplier.setItemLabelGenerator(s -> s == null ? "" : s.name());
        category.setId("contract-category");
        category.setLabel(getTranslation("purchasing.column.category"));
        category.setItems(PurchaseCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "" : getTranslation("purchasing.category." + c.name()));
        procurement.setId("contract-procurement");
        procurement.setLabel(getTranslation("purchasing.column.procurement"));
        procurement.setItems(Procurement.values());
        procurement.setItemLabelGenerator(p -> p == null ? "" : getTranslation("purchasing.procurement." + p.name()));
        start.setId("contract-start");
        start.setLabel(getTranslation("purchasing.contract.start"));
        end.setId("contract-end");
        end.setLabel(getTranslation("purchasing.contract.end"));
        note.setId("contract-note");
        note.setLabel(getTranslation("purchasing.note"));
        note.setMaxLength(2000);
        documents.setId("contract-documents");
        // where a problem with a document shows: under the list of documents
        documentProblem.setId("contract-document-problem");
        documentProblem.setReadOnly(true);
        documentProblem.setVisible(false);
        Button addDocument = new Button(getTranslation("purchasing.contract.document-add"), VaadinIcon.PLUS.create(),
                click -> addDocumentRow(new ContractDocument("", "")));
        addDocument.setId("contract-document-add");
        addDocument.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);

        if (editing != null) {
            title.setValue(editing.title());
            supplier.setValue(suppliers.stream().filter(s -> s.id().equals(editing.supplierId())).findFirst().orElse(null));
            category.setValue(editing.category());
            procurement.setValue(editing.procurement());
            start.setValue(editing.startDate());
            end.setValue(editing.endDate());
            note.setValue(editing.note());
            editing.documents().forEach(this::addDocumentRow);
        }
        problemsAt(title, "purchasing.error.contract-title");
        problemsAt(supplier, "purchasing.error.supplier-unknown");
        problemsAt(category, "purchasing.error.category");
        problemsAt(procurement, "purchasing.error.procurement");
        problemsAt(start, "purchasing.error.dates");
        problemsAt(end, "purchasing.error.end-before-start");
        problemsAt(note, "purchasing.error.note");
        problemsAt(documentProblem, "purchasing.error.document-url", "purchasing.error.document-label", "purchasing.error.documents");

        FormLayout form = new FormLayout(title, supplier, category, procurement, start, end, note);
        form.setColspan(title, 2);
        form.setColspan(note, 2);
        Span documentsTitle = new Span(getTranslation("purchasing.contract.documents"));
        documentsTitle.addClassName("tw-dialog-task");
        add(form, documentsTitle, documents, addDocument, documentProblem);
    }

    private void addDocumentRow(ContractDocument document) {
        int index = documentRows.size();
        TextField label = new TextField(getTranslation("purchasing.contract.document-label"));
        label.setId("contract-document-label-" + index);
        label.setValue(document.label());
        TextField url = new TextField(getTranslation("purchasing.contract.document-url"));
        url.setId("contract-document-url-" + index);
        url.setPlaceholder("https://");
        url.setValue(document.url());
        url.setWidth("22em");
        TextField[] row = {label, url};
        documentRows.add(row);
        Div line = new Div(label, url);
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            documentRows.remove(row);
            documents.remove(line);
        });
        remove.setAriaLabel(getTranslation("action.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        line.add(remove);
        line.addClassName("tw-share-line");
        documents.add(line);
    }

    @Override
    void submit() {
        documentProblem.setVisible(false);
        try {
            save.accept(new ContractInput(title.getValue(), supplier.getValue() == null ? null : supplier.getValue().id(),
                    category.getValue(), procurement.getValue(), start.getValue(), end.getValue(), note.getValue(),
                    documentRows.stream().map(row -> new ContractDocument(row[1].getValue(), row[0].getValue())).toList()));
        } catch (InvalidInputException refused) {
            documentProblem.setVisible(refused.messageKey().contains("document"));
            throw refused;
        }
    }
}
