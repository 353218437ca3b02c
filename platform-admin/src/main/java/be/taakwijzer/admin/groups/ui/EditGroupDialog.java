package be.taakwijzer.admin.groups.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import be.taakwijzer.admin.groups.GroupChange;
import be.taakwijzer.admin.groups.GroupDetails;
import be.taakwijzer.admin.groups.SchoolGroupService;
import be.taakwijzer.admin.groups.Umbrella;
import be.taakwijzer.shared.InvalidInputException;

/** A school group's name, umbrella and e-mail domain; a refusal shows at its field, someone else's change above the form. */
public class EditGroupDialog extends Dialog {

    public EditGroupDialog(SchoolGroupService groups, List<Umbrella> umbrellas, GroupDetails read, String actor,
                           Consumer<GroupDetails> saved) {
        setHeaderTitle(getTranslation("groups.edit.title"));
        TextField name = new TextField(getTranslation("onboarding.group.name"));
        name.setId("group-edit-name");
        name.setValue(read.name());
        ComboBox<Umbrella> umbrella = new ComboBox<>(getTranslation("onboarding.group.umbrella"));
        umbrella.setId("group-edit-umbrella");
        umbrella.setItems(umbrellas);
        umbrella.setItemLabelGenerator(Umbrella::name);
        umbrella.setClearButtonVisible(true);
        umbrellas.stream().filter(u -> u.id().equals(read.umbrellaId())).findFirst().ifPresent(umbrella::setValue);
        TextField domain = new TextField(getTranslation("groups.field.email-domain"));
        domain.setId("group-edit-domain");
        domain.setHelperText(getTranslation("groups.field.email-domain-help"));
        domain.setValue(read.emailDomain() == null ? "" : read.emailDomain());
        Paragraph problem = new Paragraph();
        problem.setId("group-edit-problem");
        problem.addClassName("tw-error");
        problem.setVisible(false);
        Map<String, HasValidation> fields = Map.of("onboarding.error.name", name, "groups.error.umbrella", umbrella,
                "groups.error.email-domain", domain);
        FieldRefusals refusals = new FieldRefusals(fields, problem);

        Button save = new Button(getTranslation("onboarding.save"), click -> {
            refusals.clear();
            try {
                saved.accept(groups.changeGroup(read, new GroupChange(name.getValue(),
                        umbrella.getValue() == null ? null : umbrella.getValue().id(), domain.getValue()), actor));
                close();
            } catch (InvalidInputException refused) {
                refusals.show(refused.messageKey(), getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        save.setId("group-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(problem, new FormLayout(name, umbrella, domain));
        getFooter().add(new Button(getTranslation("onboarding.cancel"), click -> close()), save);
    }
}
