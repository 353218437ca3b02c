package be.taakwijzer.admin.catalogue.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import be.taakwijzer.admin.catalogue.DraftTask;
import be.taakwijzer.admin.catalogue.NewTask;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.TaskArea;
import be.taakwijzer.shared.InvalidInputException;

/** Adds a task to the draft (cluster, level, area, wording) or rewords one; a refusal shows at its field. */
class TaskDialog extends Dialog {

    /** Saves the dialog's input; throws when the service refuses it. */
    interface Save {
        void save(String nameNl, String nameEn, NewTask task);
    }

    TaskDialog(Catalogue catalogue, DraftTask rewording, Save save) {
        Locale locale = getLocale();
        boolean adding = rewording == null;
        setHeaderTitle(getTranslation(adding ? "catalogue.dialog.add" : "catalogue.dialog.reword"));
        setWidth("40rem");
        TextArea nameNl = new TextArea(getTranslation("catalogue.dialog.name-nl"));
        nameNl.setId("task-name-nl");
        TextArea nameEn = new TextArea(getTranslation("catalogue.dialog.name-en"));
        nameEn.setId("task-name-en");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Select<String> cluster = new Select<>();
        Select<String> level = new Select<>();
        Select<String> area = new Select<>();
        Checkbox specialisation = new Checkbox(getTranslation("catalogue.dialog.specialisation"));
        if (adding) {
            cluster.setLabel(getTranslation("catalogue.editor.cluster"));
            cluster.setId("task-cluster");
            cluster.setItems(catalogue.clusters().stream().map(c -> c.code()).toList());
            cluster.setItemLabelGenerator(code -> catalogue.cluster(code).map(c -> c.name().in(locale)).orElse(code));
            level.setLabel(getTranslation("catalogue.editor.level"));
            level.setId("task-level");
            level.setItems(catalogue.levels().stream().map(l -> l.code()).toList());
            level.setItemLabelGenerator(code -> catalogue.level(code).map(l -> l.name().in(locale)).orElse(code));
            area.setLabel(getTranslation("catalogue.dialog.area"));
            area.setId("task-area");
            area.setEmptySelectionAllowed(true);
            area.setEmptySelectionCaption(getTranslation("catalogue.dialog.no-area"));
            area.setItemLabelGenerator(code -> code == null ? getTranslation("catalogue.dialog.no-area")
                    : catalogue.areas().stream().filter(a -> a.code().equals(code)).findFirst().map(a -> a.name().in(locale)).orElse(code));
            cluster.addValueChangeListener(e -> area.setItems(catalogue.areas().stream()
                    .filter(a -> a.clusterCode().equals(e.getValue())).map(TaskArea::code).toList()));
            specialisation.setId("task-specialisation");
            form.add(cluster, level, area);
        } else {
            nameNl.setValue(rewording.name().nl());
            nameEn.setValue(rewording.name().en());
        }
        form.add(nameNl, nameEn);
        if (adding) {
            form.add(specialisation);
        }
        Button saveButton = new Button(getTranslation("catalogue.dialog.save"), click -> {
            nameNl.setInvalid(false);
            cluster.setInvalid(false);
            level.setInvalid(false);
            area.setInvalid(false);
            try {
                save.save(nameNl.getValue(), nameEn.getValue(), adding
                        ? new NewTask(cluster.getValue(), level.getValue(), area.getValue(), nameNl.getValue(), nameEn.getValue(),
                        specialisation.getValue())
                        : null);
                close();
            } catch (InvalidInputException refused) {
                String message = getTranslation(refused.messageKey(), refused.arguments());
                switch (refused.messageKey()) {
                    case "catalogue.error.cluster" -> { cluster.setErrorMessage(message); cluster.setInvalid(true); }
                    case "catalogue.error.level" -> { level.setErrorMessage(message); level.setInvalid(true); }
                    case "catalogue.error.area" -> { area.setErrorMessage(message); area.setInvalid(true); }
                    default -> { nameNl.setErrorMessage(message); nameNl.setInvalid(true); }
                }
            }
        });
        saveButton.setId("task-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form);
        getFooter().add(new Button(getTranslation("catalogue.dialog.cancel"), click -> close()), saveButton);
    }
}
