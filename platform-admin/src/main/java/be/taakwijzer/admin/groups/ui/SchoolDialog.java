package be.taakwijzer.admin.groups.ui;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import be.taakwijzer.admin.groups.SchoolDetails;
import be.taakwijzer.admin.groups.SchoolGroupService;
import be.taakwijzer.admin.groups.SchoolInput;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.tenancy.EducationLevel;

/**
 * A member school by hand: a new one in the group, or the school read as {@code read}. A refusal shows at
 * its field; someone else's change since the school was read shows above the form.
 */
public class SchoolDialog extends Dialog {

    private final TextField number = field("school-number", "groups.school.instellingsnummer");
    private final TextField name = field("school-name", "groups.school.name");
    private final TextField street = field("school-street", "groups.school.street");
    private final TextField postalCode = field("school-postal-code", "groups.school.postal-code");
    private final TextField municipality = field("school-municipality", "groups.school.municipality");
    private final Select<EducationLevel> level = new Select<>();
    private final IntegerField pupils = new IntegerField();
    private final TextField network = field("school-network", "groups.school.network");
    private final TextField listedUmbrella = field("school-listed-umbrella", "groups.school.listed-umbrella");
    private final TextField schoolCommunity = field("school-community", "groups.school.school-community");
    private final TextField recognitionStatus = field("school-recognition", "groups.school.recognition-status");
    private final TextField domain = field("school-domain", "groups.field.email-domain");
    private final Paragraph problem = new Paragraph();

    /** A new school of the group when {@code read} is null, else a change of that school. */
    public SchoolDialog(SchoolGroupService groups, UUID tenantId, SchoolDetails read, String actor, Consumer<SchoolDetails> saved) {
        setHeaderTitle(getTranslation(read == null ? "groups.school.add-title" : "groups.school.edit-title"));
        number.setHelperText(getTranslation("onboarding.group.instellingsnummer-help"));
        level.setId("school-level");
        level.setLabel(getTranslation("groups.school.level"));
        level.setItems(Arrays.asList(EducationLevel.values()));
        level.setItemLabelGenerator(value -> getTranslation("groups.level." + value.name()));
        pupils.setId("school-pupils");
        pupils.setLabel(getTranslation("groups.school.pupils"));
        pupils.setMin(0);
        domain.setHelperText(getTranslation("groups.field.email-domain-help"));
        problem.setId("school-problem");
        problem.addClassName("tw-error");
        problem.setVisible(false);
        if (read != null) {
            fill(SchoolInput.of(read));
        }
        Map<String, HasValidation> fields = Map.ofEntries(Map.entry("groups.error.school-number", number),
                Map.entry("groups.error.school-number-taken", number), Map.entry("groups.error.school-name", name),
                Map.entry("groups.error.street", street), Map.entry("groups.error.postal-code", postalCode),
                Map.entry("groups.error.municipality", municipality), Map.entry("groups.error.level", level),
                Map.entry("groups.error.pupil-count", pupils), Map.entry("groups.error.network", network),
                Map.entry("groups.error.listed-umbrella", listedUmbrella), Map.entry("groups.error.school-community", schoolCommunity),
                Map.entry("groups.error.recognition-status", recognitionStatus), Map.entry("groups.error.email-domain", domain));
        FieldRefusals refusals = new FieldRefusals(fields, problem);

        Button save = new Button(getTranslation("onboarding.save"), click -> {
            refusals.clear();
            try {
                SchoolInput input = input();
                saved.accept(read == null ? groups.addSchool(tenantId, input, actor) : groups.changeSchool(read, input, actor));
                close();
            } catch (InvalidInputException refused) {
                refusals.show(refused.messageKey(), getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        save.setId("school-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        listedUmbrella.setHelperText(getTranslation("groups.school.listed-umbrella-help"));
        add(problem, new FormLayout(number, name, street, postalCode, municipality, level, pupils, network, listedUmbrella,
                schoolCommunity, recognitionStatus, domain));
        getFooter().add(new Button(getTranslation("onboarding.cancel"), click -> close()), save);
    }

    private void fill(SchoolInput school) {
        number.setValue(school.instellingsnummer());
        name.setValue(school.name());
        street.setValue(text(school.street()));
        postalCode.setValue(text(school.postalCode()));
        municipality.setValue(text(school.municipality()));
        level.setValue(school.educationLevel());
        pupils.setValue(school.pupilCount());
        network.setValue(text(school.network()));
        listedUmbrella.setValue(text(school.listedUmbrella()));
        schoolCommunity.setValue(text(school.schoolCommunity()));
        recognitionStatus.setValue(text(school.recognitionStatus()));
        domain.setValue(text(school.emailDomain()));
    }

    private SchoolInput input() {
        return new SchoolInput(number.getValue(), name.getValue(), street.getValue(), postalCode.getValue(), municipality.getValue(),
                level.getValue(), pupils.getValue(), network.getValue(), listedUmbrella.getValue(), schoolCommunity.getValue(),
                recognitionStatus.getValue(), domain.getValue());
    }

    private TextField field(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
