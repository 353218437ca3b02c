package be.taakwijzer.web.privacy.ui;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import be.taakwijzer.privacy.LegalBasis;
import be.taakwijzer.privacy.ProcessingActivity;
import be.taakwijzer.privacy.ProcessingActivityInput;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.tenancy.School;

/** An entry of the register of processing activities, as the DPO enters or changes it. */
class ActivityDialog extends PrivacyDialog {

    private static final class Fields {
        final TextField name = new TextField();
        final TextArea purpose = new TextArea();
        final Select<LegalBasis> legalBasis = new Select<>();
        final TextArea dataSubjects = new TextArea();
        final TextArea personalData = new TextArea();
        final TextArea recipients = new TextArea();
        final TextArea transfers = new TextArea();
        final TextArea safeguards = new TextArea();
        final TextArea retention = new TextArea();
        final TextArea security = new TextArea();
        final Checkbox allSchools = new Checkbox();
        final MultiSelectComboBox<School> schools = new MultiSelectComboBox<>();

        ProcessingActivityInput input() {
            return new ProcessingActivityInput(name.getValue(), purpose.getValue(), legalBasis.getValue(), dataSubjects.getValue(),
                    personalData.getValue(), recipients.getValue(), transfers.getValue(), safeguards.getValue(), retention.getValue(),
                    security.getValue(), allSchools.getValue(), schools.getValue().stream().map(School::id).collect(Collectors.toSet()));
        }
    }

    ActivityDialog(List<School> memberSchools, ProcessingActivity editing, Consumer<ProcessingActivityInput> save,
                   Consumer<InvalidInputException> otherProblem) {
        this(new Fields(), memberSchools, editing, save, otherProblem);
    }

    private ActivityDialog(Fields f, List<School> memberSchools, ProcessingActivity editing, Consumer<ProcessingActivityInput> save,
                           Consumer<InvalidInputException> otherProblem) {
        super("activity-dialog", null, () -> save.accept(f.input()), otherProblem);
        setHeaderTitle(getTranslation(editing == null ? "privacy.activity.form.add-title" : "privacy.activity.form.change-title"));
        label(f.name, "activity-name", "privacy.activity.column.name", 200);
        label(f.purpose, "activity-purpose", "privacy.activity.column.purpose", 2000);
        f.legalBasis.setId("activity-legal-basis");
        f.legalBasis.setLabel(getTranslation("privacy.activity.column.legal-basis"));
        f.legalBasis.setItems(LegalBasis.values());
        f.legalBasis.setItemLabelGenerator(b -> b == null ? "" : getTranslation("privacy.legal-basis." + b.name()));
        label(f.dataSubjects, "activity-data-subjects", "privacy.activity.column.data-subjects", 2000);
        label(f.personalData, "activity-personal-data", "privacy.activity.column.personal-data", 2000);
        label(f.recipients, "activity-recipients", "privacy.activity.column.recipients", 2000);
        label(f.transfers, "activity-transfers", "privacy.activity.form.transfers", 2000);
        f.transfers.setHelperText(getTranslation("privacy.activity.form.transfers-help"));
        label(f.safeguards, "activity-safeguards", "privacy.activity.form.safeguards", 2000);
        label(f.retention, "activity-retention", "privacy.activity.column.retention", 2000);
        label(f.security, "activity-security", "privacy.activity.column.security", 2000);
        f.allSchools.setId("activity-all-schools");
        f.allSchools.setLabel(getTranslation("privacy.form.all-schools"));
        f.schools.setId("activity-schools");
        f.schools.setLabel(getTranslation("privacy.form.schools"));
        f.schools.setItems(memberSchools);
        f.schools.setItemLabelGenerator(School::name);
        f.allSchools.addValueChangeListener(change -> f.schools.setVisible(!change.getValue()));

        if (editing == null) {
            f.allSchools.setValue(true);
        } else {
            f.name.setValue(editing.name());
            f.purpose.setValue(editing.purpose());
            f.legalBasis.setValue(editing.legalBasis());
            f.dataSubjects.setValue(editing.dataSubjects());
            f.personalData.setValue(editing.personalData());
            f.recipients.setValue(editing.recipients());
            f.transfers.setValue(editing.transfers());
            f.safeguards.setValue(editing.transferSafeguards());
            f.retention.setValue(editing.retention());
            f.security.setValue(editing.securityMeasures());
            f.allSchools.setValue(editing.allSchools());
            Set<java.util.UUID> chosen = editing.schoolIds();
            f.schools.setValue(memberSchools.stream().filter(school -> chosen.contains(school.id())).toList());
        }
        f.schools.setVisible(!f.allSchools.getValue());

        FormLayout form = new FormLayout(f.name, f.legalBasis, f.purpose, f.dataSubjects, f.personalData, f.recipients, f.retention,
                f.transfers, f.safeguards, f.security, f.allSchools, f.schools);
        form.setColspan(f.purpose, 2);
        form.setColspan(f.schools, 2);
        form(form);
    }

    private void label(TextField field, String id, String key, int max) {
        field.setId(id);
        field.setLabel(getTranslation(key));
        field.setMaxLength(max);
    }

    private void label(TextArea field, String id, String key, int max) {
        field.setId(id);
        field.setLabel(getTranslation(key));
        field.setMaxLength(max);
    }
}
