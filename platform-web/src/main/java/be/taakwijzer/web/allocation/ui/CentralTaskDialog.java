package be.taakwijzer.web.allocation.ui;

import java.util.stream.Collectors;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

import be.taakwijzer.allocation.CentralTask;
import be.taakwijzer.allocation.CentralTaskInput;
import be.taakwijzer.allocation.CentralTaskStatus;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.catalogue.CentralProvider;
import be.taakwijzer.catalogue.FundingSource;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.tenancy.School;
import be.taakwijzer.tenancy.StaffMember;

/** The form of a central task: which task, who provides it, who is responsible, hours, funding, status, for whom. */
class CentralTaskDialog extends Dialog {

    /** Saves the input; throws when the service refuses it, which the dialog then shows. */
    interface Save {
        void save(CentralTaskInput input);
    }

    private final ComboBox<CatalogueTask> task = new ComboBox<>();
    private final Select<CentralProvider> provider = new Select<>();
    private final Select<StaffMember> responsible = new Select<>();
    private final BigDecimalField hours = new BigDecimalField();
    private final Select<FundingSource> funding = new Select<>();
    private final Select<CentralTaskStatus> status = new Select<>();
    private final Checkbox allSchools = new Checkbox();
    private final MultiSelectComboBox<School> schools = new MultiSelectComboBox<>();
    private final TextArea note = new TextArea();

    CentralTaskDialog(Catalogue catalogue, List<School> memberSchools, List<StaffMember> staff, CentralTask editing,
                      Set<String> taken, Save save, Consumer<InvalidInputException> otherProblem) {
        setId("central-task-dialog");
        setHeaderTitle(getTranslation(editing == null ? "central.form.add-title" : "central.form.change-title"));
        setWidth("min(720px, 95vw)");

        task.setId("central-task-task");
        task.setLabel(getTranslation("central.column.task"));
        // Tasks the guide places at central level come first: they are the usual candidates.
        task.setItems(catalogue.tasks().stream()
                .filter(t -> editing != null || !taken.contains(t.code()))
                .sorted(Comparator.comparing((CatalogueTask t) -> !"CENTRAAL".equals(t.levelCode())))
                .toList());
        task.setItemLabelGenerator(t -> t.name().in(getLocale()));
        task.setReadOnly(editing != null);
        task.addValueChangeListener(change -> {
            if (change.getValue() != null && provider.isEmpty() && !change.getValue().providerCodes().isEmpty()) {
                provider.setValue(catalogue.providersByCode().get(change.getValue().providerCodes().getFirst()));
            }
        });
        provider.setId("central-task-provider");
        provider.setLabel(getTranslation("central.column.provider"));
        provider.setItems(catalogue.providers());
        provider.setItemLabelGenerator(p -> p.name().in(getLocale()));
        responsible.setId("central-task-responsible");
        responsible.setLabel(getTranslation("central.column.responsible"));
        responsible.setItems(staff.stream().filter(member -> member.schoolId() == null).toList());
        responsible.setItemLabelGenerator(member -> member == null ? "" : member.displayName());
        responsible.setEmptySelectionAllowed(true);
        responsible.setEmptySelectionCaption(getTranslation("central.form.nobody"));
        hours.setId("central-task-hours");
        hours.setLabel(getTranslation("allocation.column.hours"));
        hours.setHelperText(getTranslation("central.form.hours-help"));
        funding.setId("central-task-funding");
        funding.setLabel(getTranslation("central.column.funding"));
        funding.setItems(catalogue.fundingSources());
        funding.setItemLabelGenerator(f -> f == null ? "" : f.name().in(getLocale()));
        funding.setEmptySelectionAllowed(true);
        funding.setEmptySelectionCaption(getTranslation("central.form.no-funding"));
        status.setId("central-task-status");
        status.setLabel(getTranslation("central.column.status"));
        status.setItems(CentralTaskStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("central.status." + s.name()));
        allSchools.setId("central-task-all-schools");
        allSchools.setLabel(getTranslation("central.form.all-schools"));
        schools.setId("central-task-schools");
        schools.setLabel(getTranslation("central.form.schools"));
        schools.setItems(memberSchools);
        schools.setItemLabelGenerator(School::name);
        allSchools.addValueChangeListener(change -> schools.setVisible(!change.getValue()));
        note.setId("central-task-note");
        note.setLabel(getTranslation("central.column.note"));
        note.setMaxLength(2000);

        if (editing == null) {
            status.setValue(CentralTaskStatus.ACTIVE);
            allSchools.setValue(true);
            hours.setValue(java.math.BigDecimal.ZERO);
        } else {
            task.setValue(catalogue.tasks().stream().filter(t -> t.code().equals(editing.taskCode())).findFirst().orElse(null));
            provider.setValue(catalogue.providersByCode().get(editing.providerCode()));
            responsible.setValue(staff.stream().filter(member -> member.id().equals(editing.responsibleStaffId())).findFirst().orElse(null));
            hours.setValue(editing.hours());
            funding.setValue(catalogue.fundingSources().stream().filter(f -> f.code().equals(editing.fundingCode())).findFirst().orElse(null));
            status.setValue(editing.status());
            allSchools.setValue(editing.allSchools());
            schools.setValue(memberSchools.stream().filter(school -> editing.schoolIds().contains(school.id())).toList());
            note.setValue(editing.note());
        }
        schools.setVisible(!allSchools.getValue());

        FormLayout form = new FormLayout(task, provider, responsible, hours, funding, status, allSchools, schools, note);
        form.setColspan(task, 2);
        form.setColspan(note, 2);
        form.setColspan(schools, 2);
        add(form);

        Button saveButton = new Button(getTranslation("form.save"), click -> {
            clearErrors();
            try {
                save.save(new CentralTaskInput(task.getValue() == null ? null : task.getValue().code(),
                        provider.getValue() == null ? null : provider.getValue().code(),
                        responsible.getValue() == null ? null : responsible.getValue().id(), hours.getValue(),
                        funding.getValue() == null ? null : funding.getValue().code(), status.getValue(), note.getValue(),
                        allSchools.getValue(), schools.getValue().stream().map(School::id).collect(Collectors.toSet())));
                close();
            } catch (InvalidInputException refused) {
                showProblem(refused, otherProblem);
            }
        });
        saveButton.setId("central-task-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        cancel.setId("central-task-cancel");
        getFooter().add(cancel, saveButton);
    }

    private void showProblem(InvalidInputException refused, Consumer<InvalidInputException> otherProblem) {
        String message = getTranslation(refused.messageKey(), refused.arguments());
        HasValidation field = switch (refused.messageKey()) {
            case "allocation.error.task", "central.error.duplicate" -> task;
            case "central.error.provider" -> provider;
            case "central.error.responsible" -> responsible;
            case "allocation.error.hours-negative", "central.error.hours" -> hours;
            case "allocation.error.funding" -> funding;
            case "central.error.status" -> status;
            case "central.error.no-schools", "plan.error.no-school" -> schools;
            case "allocation.error.note" -> note;
            default -> null;
        };
        if (field == null) {
            close();
            otherProblem.accept(refused);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[] {task, provider, responsible, hours, funding, status, schools, note}) {
            field.setInvalid(false);
        }
    }
}
