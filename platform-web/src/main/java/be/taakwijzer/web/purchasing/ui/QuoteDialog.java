package be.taakwijzer.web.purchasing.ui;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

import be.taakwijzer.purchasing.Criterion;
import be.taakwijzer.purchasing.Quote;
import be.taakwijzer.purchasing.QuoteInput;
import be.taakwijzer.purchasing.Supplier;
import be.taakwijzer.purchasing.Tender;
import be.taakwijzer.shared.InvalidInputException;

/** A supplier's quote in a tender: the amount, a note, and a score of 0 to 10 per criterion. */
class QuoteDialog extends FormDialog {

    private final Select<Supplier> supplier = new Select<>();
    private final BigDecimalField amount = new BigDecimalField();
    private final TextArea note = new TextArea();
    private final Map<UUID, BigDecimalField> scores = new LinkedHashMap<>();
    private final Map<String, BigDecimalField> scoresByName = new LinkedHashMap<>();
    private final Consumer<QuoteInput> save;

    QuoteDialog(Tender tender, List<Supplier> suppliers, Quote editing, Consumer<QuoteInput> save,
                Consumer<InvalidInputException> otherProblem) {
        super("quote-dialog", "", otherProblem);
        setHeaderTitle(getTranslation(editing == null ? "purchasing.quote.add" : "purchasing.quote.change", tender.subject()));
        this.save = save;
        supplier.setId("quote-supplier");
        supplier.setLabel(getTranslation("purchasing.column.supplier"));
        supplier.setItems(suppliers);
        supplier.setItemLabelGenerator(s -> s == null ? "" : s.name());
        amount.setId("quote-amount");
        amount.setLabel(getTranslation("purchasing.quote.amount"));
        amount.setHelperText(getTranslation("purchasing.quote.amount-help"));
        note.setId("quote-note");
        note.setLabel(getTranslation("purchasing.note"));
        note.setMaxLength(2000);
        FormLayout form = new FormLayout(supplier, amount);
        int index = 0;
        for (Criterion criterion : tender.criteria()) {
            BigDecimalField score = new BigDecimalField(getTranslation("purchasing.quote.score", criterion.name(), criterion.weight()));
            score.setId("quote-score-" + index++);
            score.setHelperText(getTranslation("purchasing.quote.score-help"));
            scores.put(criterion.id(), score);
            scoresByName.put(criterion.name(), score);
            form.add(score);
            if (editing != null) {
                score.setValue(editing.scores().get(criterion.id()));
            }
        }
        form.add(note);
        form.setColspan(note, 2);
        if (editing != null) {
            supplier.setValue(suppliers.stream().filter(s -> s.id().equals(editing.supplierId())).findFirst().orElse(null));
            amount.setValue(editing.amount());
            note.setValue(editing.note());
        }
        problemsAt(supplier, "purchasing.error.supplier-unknown", "purchasing.error.quote-duplicate");
        problemsAt(amount, "purchasing.error.amount");
        problemsAt(note, "purchasing.error.note");
        add(form);
    }

    @Override
    void submit() {
        Map<UUID, BigDecimal> given = new LinkedHashMap<>();
        scores.forEach((criterion, field) -> {
            if (field.getValue() != null) {
                given.put(criterion, field.getValue());
            }
        });
        save.accept(new QuoteInput(supplier.getValue() == null ? null : supplier.getValue().id(), amount.getValue(), note.getValue(), given));
    }

    @Override
    HasValidation fieldFor(InvalidInputException refused) {
        if (refused.messageKey().equals("purchasing.error.score") || refused.messageKey().equals("purchasing.error.score-missing")) {
            return scoresByName.get(String.valueOf(refused.arguments()[0]));
        }
        return super.fieldFor(refused);
    }

    @Override
    void clearProblems() {
        super.clearProblems();
        scores.values().forEach(field -> field.setInvalid(false));
    }
}
