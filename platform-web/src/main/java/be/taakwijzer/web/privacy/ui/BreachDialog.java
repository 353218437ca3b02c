package be.taakwijzer.web.privacy.ui;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import be.taakwijzer.shared.FlemishTime;
import be.taakwijzer.privacy.DataBreach;
import be.taakwijzer.privacy.DataBreachInput;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.tenancy.School;

/**
 * A data breach, as the DPO registers or completes it, or as a director registers one of their own
 * school (the school is then fixed and the report to the supervisory authority is left to the DPO).
 */
class BreachDialog extends PrivacyDialog {


    private static final class Fields {
        final DateTimePicker discoveredAt = new DateTimePicker();
        final TextArea nature = new TextArea();
        final TextArea data = new TextArea();
        final IntegerField people = new IntegerField();
        final MultiSelectComboBox<School> schools = new MultiSelectComboBox<>();
        final TextArea measures = new TextArea();
        final Checkbox reportRequired = new Checkbox();
        final DateTimePicker reportedAt = new DateTimePicker();
        Set<UUID> fixedSchools;

        DataBreachInput input() {
            Set<UUID> chosen = fixedSchools != null ? fixedSchools : schools.getValue().stream().map(School::id).collect(Collectors.toSet());
            return new DataBreachInput(discoveredAt.getValue() == null ? null : discoveredAt.getValue().atZone(FlemishTime.ZONE).toOffsetDateTime(),
                    nature.getValue(), data.getValue(), people.getValue(), chosen, measures.getValue(), reportRequired.getValue(),
                    reportedAt.getValue() == null ? null : reportedAt.getValue().atZone(FlemishTime.ZONE).toOffsetDateTime());
        }
    }

    /**
     * @param ownSchool a director's school (fixed, and no report fields), or null for the DPO
     */
    BreachDialog(List<School> memberSchools, UUID ownSchool, DataBreach editing, java.time.LocalDateTime now,
                 Consumer<DataBreachInput> save, Consumer<InvalidInputException> otherProblem) {
        this(new Fields(), memberSchools, ownSchool, editing, now, save, otherProblem);
    }

    private BreachDialog(Fields f, List<School> memberSchools, UUID ownSchool, DataBreach editing, java.time.LocalDateTime now,
                         Consumer<DataBreachInput> save, Consumer<InvalidInputException> otherProblem) {
        super("breach-dialog", null, () -> save.accept(f.input()), otherProblem);
        setHeaderTitle(getTranslation(editing == null ? "privacy.breach.form.add-title" : "privacy.breach.form.change-title"));
        f.discoveredAt.setId("breach-discovered-at");
        f.discoveredAt.setLabel(getTranslation("privacy.breach.column.discovered-at"));
        f.discoveredAt.setHelperText(getTranslation("privacy.breach.form.discovered-help"));
        f.discoveredAt.setMax(now.plusMinutes(5));
        f.nature.setId("breach-nature");
        f.nature.setLabel(getTranslation("privacy.breach.column.nature"));
        f.nature.setMaxLength(2000);
        f.data.setId("breach-data");
        f.data.setLabel(getTranslation("privacy.breach.form.data"));
        f.data.setMaxLength(2000);
        f.people.setId("breach-people");
        f.people.setLabel(getTranslation("privacy.breach.form.people"));
        f.people.setHelperText(getTranslation("privacy.breach.form.people-help"));
        f.people.setMin(0);
        f.schools.setId("breach-schools");
        f.schools.setLabel(getTranslation("privacy.breach.column.schools"));
        f.schools.setItems(memberSchools);
        f.schools.setItemLabelGenerator(School::name);
        f.measures.setId("breach-measures");
        f.measures.setLabel(getTranslation("privacy.breach.column.measures"));
        f.measures.setMaxLength(2000);
        f.reportRequired.setId("breach-report-required");
        f.reportRequired.setLabel(getTranslation("privacy.breach.form.report-required"));
        f.reportedAt.setId("breach-reported-at");
        f.reportedAt.setLabel(getTranslation("privacy.breach.form.reported-at"));
        f.reportedAt.setHelperText(getTranslation("privacy.breach.form.reported-at-help"));

        if (editing == null) {
            f.discoveredAt.setValue(now.withSecond(0).withNano(0));
            f.reportRequired.setValue(true);
        } else {
            f.discoveredAt.setValue(editing.discoveredAt().atZoneSameInstant(FlemishTime.ZONE).toLocalDateTime());
            f.nature.setValue(editing.nature());
            f.data.setValue(editing.dataAffected());
            f.people.setValue(editing.peopleAffected());
            f.schools.setValue(memberSchools.stream().filter(school -> editing.schoolIds().contains(school.id())).toList());
            f.measures.setValue(editing.measures());
            f.reportRequired.setValue(editing.reportRequired());
            f.reportedAt.setValue(editing.reportedAt() == null ? null : editing.reportedAt().atZoneSameInstant(FlemishTime.ZONE).toLocalDateTime());
        }
        FormLayout form = new FormLayout(f.discoveredAt, f.people, f.nature, f.data, f.schools, f.measures);
        if (ownSchool != null) {
            f.fixedSchools = Set.of(ownSchool);
            f.schools.setVisible(false);
        } else {
            form.add(f.reportRequired, f.reportedAt);
        }
        form.setColspan(f.nature, 2);
        form.setColspan(f.data, 2);
        form.setColspan(f.schools, 2);
        form.setColspan(f.measures, 2);
        form(form);
    }
}
