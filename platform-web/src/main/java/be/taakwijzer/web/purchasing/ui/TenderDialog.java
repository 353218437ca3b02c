package be.taakwijzer.web.purchasing.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import be.taakwijzer.purchasing.Criterion;
import be.taakwijzer.purchasing.CriterionInput;
import be.taakwijzer.purchasing.PurchaseCategory;
import be.taakwijzer.purchasing.Tender;
import be.taakwijzer.purchasing.TenderInput;
import be.taakwijzer.shared.InvalidInputException;

/** A tender: subject, category and the criteria the group chooses, each with a weight. */
class TenderDialog extends FormDialog {

    private final TextField subject = new TextField();
    private final Select<PurchaseCategory> category = new Select<>();
    private final Div criteria = new Div();
    private final List<Object[]> criterionRows = new ArrayList<>();
    private final TextField criteriaProblem = new TextField();
    private final Consumer<TenderInput> save;

    TenderDialog(Tender editing, Consumer<TenderInput> save, Consumer<InvalidInputException> otherProblem) {
        super("tender-dialog", "", otherProblem);
        setHeaderTitle(getTranslation(editing == null ? "purchasing.tender.add" : "purchasing.tender.change"));
        this.save = save;
        subject.setId("tender-subject");
        subject.setLabel(getTranslation("purchasing.tender.subject"));
        category.setId("tender-category");
        category.setLabel(getTranslation("purchasing.column.category"));
        category.setItems(PurchaseCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "" : getTranslation("purchasing.category." + c.name()));
        criteria.setId("tender-criteria");
        criteriaProblem.setId("tender-criteria-problem");
        criteriaProblem.setReadOnly(true);
        criteriaProblem.setVisible(false);
        Button addCriterion = new Button(getTranslation("purchasing.tender.criterion-add"), VaadinIcon.PLUS.create(),
                click -> addCriterionRow("", null));
        addCriterion.setId("tender-criterion-add");
        addCriterion.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (editing == null) {
            // the usual start: price, quality, service
            addCriterionRow(getTranslation("purchasing.tender.default.price"), 40);
            addCriterionRow(getTranslation("purchasing.tender.default.quality"), 30);
            addCriterionRow(getTranslation("purchasing.tender.default.service"), 30);
        } else {
            subject.setValue(editing.subject());
            category.setValue(editing.category());
            for (Criterion criterion : editing.criteria()) {
                addCriterionRow(criterion.name(), criterion.weight());
            }
        }
        problemsAt(subject, "purchasing.error.tender-subject");
        problemsAt(category, "purchasing.error.category");
        problemsAt(criteriaProblem, "purchasing.error.criteria-none", "purchasing.error.criteria-many", "purchasing.error.criterion-name",
                "purchasing.error.criterion-duplicate", "purchasing.error.criterion-weight");
        FormLayout form = new FormLayout(subject, category);
        Span criteriaTitle = new Span(getTranslation("purchasing.tender.criteria"));
        criteriaTitle.addClassName("tw-dialog-task");
        Span help = new Span(getTranslation("purchasing.tender.criteria-help"));
        help.addClassName("tw-secondary");
        add(form, criteriaTitle, help, criteria, addCriterion, criteriaProblem);
    }

    private void addCriterionRow(String name, Integer weight) {
        int index = criterionRows.size();
        TextField nameField = new TextField(getTranslation("purchasing.tender.criterion"));
        nameField.setId("tender-criterion-name-" + index);
        nameField.setValue(name);
        IntegerField weightField = new IntegerField(getTranslation("purchasing.tender.weight"));
        weightField.setId("tender-criterion-weight-" + index);
        weightField.setValue(weight);
        weightField.setWidth("7em");
        Object[] row = {nameField, weightField};
        criterionRows.add(row);
        Div line = new Div(nameField, weightField);
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            criterionRows.remove(row);
            criteria.remove(line);
        });
        remove.setAriaLabel(getTranslation("action.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        line.add(remove);
        line.addClassName("tw-share-line");
        criteria.add(line);
    }

    @Override
    void submit() {
        criteriaProblem.setVisible(false);
        try {
            save.accept(new TenderInput(subject.getValue(), category.getValue(), criterionRows.stream()
                    .map(row -> new CriterionInput(((TextField) row[0]).getValue(), ((IntegerField) row[1]).getValue())).toList()));
        } catch (InvalidInputException refused) {
            criteriaProblem.setVisible(refused.messageKey().contains("criteri"));
            throw refused;
        }
    }
}
