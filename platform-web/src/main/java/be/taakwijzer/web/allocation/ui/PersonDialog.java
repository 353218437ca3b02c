package be.taakwijzer.web.allocation.ui;

import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import be.taakwijzer.allocation.Hours;
import be.taakwijzer.allocation.PersonInput;
import be.taakwijzer.allocation.PersonRole;
import be.taakwijzer.allocation.SchoolPerson;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.Competence;
import be.taakwijzer.catalogue.FundingSource;
import be.taakwijzer.shared.InvalidInputException;

/** Someone who takes ICT tasks at the school: name, role, hours per funding source, competences. */
class PersonDialog extends Dialog {

    interface Save {
        void save(PersonInput input);
    }

    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final Select<PersonRole> role = new Select<>();
    private final Map<String, BigDecimalField> hours = new LinkedHashMap<>();
    private final MultiSelectComboBox<Competence> competences = new MultiSelectComboBox<>();

    PersonDialog(Catalogue catalogue, SchoolPerson editing, Save save, Consumer<InvalidInputException> otherProblem) {
        setId("person-dialog");
        setHeaderTitle(getTranslation(editing == null ? "person.form.add-title" : "person.form.change-title"));
        setWidth("min(640px, 95vw)");
        name.setId("person-name");
        name.setLabel(getTranslation("person.column.name"));
        name.setMaxLength(200);
        email.setId("person-email");
        email.setLabel(getTranslation("person.column.email"));
        email.setHelperText(getTranslation("person.form.email-help"));
        role.setId("person-role");
        role.setLabel(getTranslation("person.column.role"));
        role.setItems(PersonRole.values());
        role.setItemLabelGenerator(value -> getTranslation("person.role." + value.name()));
        competences.setId("person-competences");
        competences.setLabel(getTranslation("person.column.competences"));
        competences.setItems(catalogue.competences());
        competences.setItemLabelGenerator(c -> c.name().in(getLocale()) + (c.generic() ? ""
                : " (" + catalogue.cluster(c.clusterCode()).map(cluster -> cluster.name().in(getLocale())).orElse("") + ")"));

        FormLayout form = new FormLayout(name, email, role);
        form.add(new H4(getTranslation("person.form.hours")), 2);
        for (FundingSource funding : catalogue.fundingSources()) {
            BigDecimalField field = new BigDecimalField(funding.name().in(getLocale()));
            field.setId("person-hours-" + funding.code());
            field.setSuffixComponent(new Span(getTranslation("unit.hours")));
            if (editing != null) {
                field.setValue(editing.availableHours().get(funding.code()));
            }
            hours.put(funding.code(), field);
            form.add(field);
        }
        form.add(competences, 2);
        add(form);

        if (editing != null) {
            name.setValue(editing.name());
            email.setValue(editing.email() == null ? "" : editing.email());
            role.setValue(editing.role());
            competences.setValue(catalogue.competences().stream().filter(c -> editing.competenceCodes().contains(c.code())).toList());
        }

        Button saveButton = new Button(getTranslation("form.save"), click -> {
            clearErrors();
            Map<String, BigDecimal> available = new LinkedHashMap<>();
            hours.forEach((code, field) -> {
                if (field.getValue() != null) {
                    available.put(code, field.getValue());
                }
            });
            try {
                save.save(new PersonInput(name.getValue(), email.getValue(), role.getValue(), available,
                        competences.getValue().stream().map(Competence::code).collect(Collectors.toSet())));
                close();
            } catch (InvalidInputException refused) {
                HasValidation field = switch (refused.messageKey()) {
                    case "person.error.name" -> name;
                    case "person.error.email" -> email;
                    case "person.error.role" -> role;
                    case "person.error.competence" -> competences;
                    case "allocation.error.hours-negative", "allocation.error.hours-too-many", "allocation.error.hours-precision" ->
                            hours.values().stream().filter(f -> f.getValue() != null && Hours.problem(f.getValue()).isPresent())
                                    .findFirst().orElse(null);
                    default -> null;
                };
                if (field == null) {
                    close();
                    otherProblem.accept(refused);
                } else {
                    field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                    field.setInvalid(true);
                }
            }
        });
        saveButton.setId("person-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        getFooter().add(cancel, saveButton);
    }

    private void clearErrors() {
        name.setInvalid(false);
        email.setInvalid(false);
        role.setInvalid(false);
        competences.setInvalid(false);
        hours.values().forEach(field -> field.setInvalid(false));
    }
}
