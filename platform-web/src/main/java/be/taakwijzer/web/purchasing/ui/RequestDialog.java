package be.taakwijzer.web.purchasing.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import be.taakwijzer.purchasing.Contract;
import be.taakwijzer.purchasing.PurchaseCategory;
import be.taakwijzer.purchasing.PurchaseRequestInput;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.tenancy.School;

/**
 * A purchase request of a school: against one of the contracts the school joined that runs today,
 * or without a contract in a category; what, how many and the estimated cost.
 */
class RequestDialog extends FormDialog {

    private final Select<School> school = new Select<>();
    private final Select<Contract> contract = new Select<>();
    private final Select<PurchaseCategory> category = new Select<>();
    private final TextField description = new TextField();
    private final IntegerField quantity = new IntegerField();
    private final BigDecimalField cost = new BigDecimalField();
    private final List<Contract> contracts;
    private final LocalDate today;
    private final BiConsumer<UUID, PurchaseRequestInput> save;

    RequestDialog(List<School> schools, List<Contract> contracts, LocalDate today, BiConsumer<UUID, PurchaseRequestInput> save,
                  Consumer<InvalidInputException> otherProblem) {
        super("request-dialog", "", otherProblem);
        setHeaderTitle(getTranslation("purchasing.request.add"));
        this.contracts = contracts;
        this.today = today;
        this.save = save;
        school.setId("request-school");
        school.setLabel(getTranslation("purchasing.column.school"));
        school.setItems(schools);
        school.setItemLabelGenerator(s -> s == null ? "" : s.name());
        school.setVisible(schools.size() > 1);
        if (schools.size() == 1) {
            school.setValue(schools.getFirst());
        }
        contract.setId("request-contract");
        contract.setLabel(getTranslation("purchasing.request.contract"));
        contract.setItemLabelGenerator(c -> c == null ? getTranslation("purchasing.request.no-contract")
                : c.title() + " · " + c.supplierName());
        contract.setEmptySelectionAllowed(true);
        contract.setEmptySelectionCaption(getTranslation("purchasing.request.no-contract"));
        contract.setHelperText(getTranslation("purchasing.request.contract-help"));
        category.setId("request-category");
        category.setLabel(getTranslation("purchasing.column.category"));
        category.setItems(PurchaseCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "" : getTranslation("purchasing.category." + c.name()));
        description.setId("request-description");
        description.setLabel(getTranslation("purchasing.request.description"));
        description.setMaxLength(500);
        quantity.setId("request-quantity");
        quantity.setLabel(getTranslation("purchasing.request.quantity"));
        quantity.setMin(1);
        quantity.setValue(1);
        cost.setId("request-cost");
        cost.setLabel(getTranslation("purchasing.request.cost"));
        cost.setHelperText(getTranslation("purchasing.request.cost-help"));
        school.addValueChangeListener(change -> offerContracts());
        contract.addValueChangeListener(change -> category.setVisible(change.getValue() == null));
        offerContracts();

        problemsAt(school, "purchasing.error.school");
        problemsAt(contract, "purchasing.error.contract-not-joined", "purchasing.error.contract-not-active",
                "purchasing.error.contract-unknown");
        problemsAt(category, "purchasing.error.category");
        problemsAt(description, "purchasing.error.description");
        problemsAt(quantity, "purchasing.error.quantity");
        problemsAt(cost, "purchasing.error.cost");
        FormLayout form = new FormLayout(school, contract, category, description, quantity, cost);
        form.setColspan(contract, 2);
        form.setColspan(description, 2);
        add(form);
    }

    /** The contracts the chosen school joined and that run today. */
    private void offerContracts() {
        UUID chosen = school.getValue() == null ? null : school.getValue().id();
        contract.setItems(contracts.stream().filter(c -> chosen != null && c.joinedBy(chosen) && c.activeOn(today)).toList());
        contract.setValue(null);
        category.setVisible(true);
    }

    @Override
    void submit() {
        if (school.getValue() == null) {
            throw new InvalidInputException("purchasing.error.school");
        }
        save.accept(school.getValue().id(), new PurchaseRequestInput(contract.getValue() == null ? null : contract.getValue().id(),
                contract.getValue() == null ? category.getValue() : null, description.getValue(), quantity.getValue(), cost.getValue()));
    }
}
