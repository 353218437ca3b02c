package be.taakwijzer.web.allocation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

import be.taakwijzer.allocation.Allocation;
import be.taakwijzer.allocation.AllocationInput;
import be.taakwijzer.allocation.AllocationShare;
import be.taakwijzer.allocation.ConfirmationRequiredException;
import be.taakwijzer.allocation.Hours;
import be.taakwijzer.allocation.PlanChangedException;
import be.taakwijzer.allocation.SchoolPerson;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.catalogue.FundingSource;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.web.shared.ui.Feedback;

/** Who takes one task: one or more people (or an external firm), each with hours per year and a funding source. */
class AllocationDialog extends Dialog {

    interface Save {
        /** Saves; {@code confirmed} when the person accepted a warning the service asked them to confirm. */
        void save(AllocationInput input, boolean confirmed);
    }

    /** One line of the form: a person, their hours and where the hours come from. */
    private final class ShareLine extends Div {
        final Select<SchoolPerson> person = new Select<>();
        final BigDecimalField hours = new BigDecimalField();
        final Select<FundingSource> funding = new Select<>();

        ShareLine(AllocationShare share) {
            int index = lines.size();
            addClassName("tw-share-line");
            person.setId("share-person-" + index);
            person.setLabel(getTranslation("allocation.column.person"));
            person.setItems(people);
            person.setItemLabelGenerator(p -> p.name() + " (" + getTranslation("person.role." + p.role().name()) + ")");
            person.setWidth("20em");
            hours.setId("share-hours-" + index);
            hours.setLabel(getTranslation("allocation.column.hours"));
            hours.setWidth("8em");
            funding.setId("share-funding-" + index);
            funding.setLabel(getTranslation("allocation.column.funding"));
            funding.setItems(catalogue.fundingSources());
            funding.setItemLabelGenerator(f -> f.name().in(getLocale()));
            if (share != null) {
                people.stream().filter(p -> p.id().equals(share.personId())).findFirst().ifPresent(person::setValue);
                hours.setValue(share.hours());
                catalogue.fundingSources().stream().filter(f -> f.code().equals(share.fundingCode())).findFirst().ifPresent(funding::setValue);
            } else {
                funding.setValue(catalogue.fundingSources().getFirst());
            }
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                lines.remove(this);
                sharesBox.remove(this);
            });
            remove.setAriaLabel(getTranslation("action.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(person, hours, funding, remove);
        }

        AllocationShare share() {
            return new AllocationShare(person.getValue() == null ? null : person.getValue().id(), hours.getValue(),
                    funding.getValue() == null ? null : funding.getValue().code());
        }
    }

    private final Catalogue catalogue;
    private final List<SchoolPerson> people;
    private final List<ShareLine> lines = new ArrayList<>();
    private final Div sharesBox = new Div();
    private final TextArea note = new TextArea();

    AllocationDialog(Catalogue catalogue, CatalogueTask task, List<SchoolPerson> people, Allocation current, Save save,
                     Consumer<InvalidInputException> otherProblem) {
        this.catalogue = catalogue;
        this.people = people;
        setId("allocation-dialog");
        setHeaderTitle(getTranslation("allocation.form.title"));
        setWidth("min(760px, 95vw)");
        Paragraph taskName = new Paragraph(task.name().in(getLocale()));
        taskName.setId("allocation-task");
        taskName.addClassName("tw-dialog-task");
        sharesBox.setId("allocation-shares");
        Paragraph noPeople = new Paragraph(getTranslation("allocation.form.no-people"));
        noPeople.setVisible(people.isEmpty());
        Button addShare = new Button(getTranslation("allocation.form.add-share"), VaadinIcon.PLUS.create(), click -> addLine(null));
        addShare.setId("allocation-add-share");
        addShare.setEnabled(!people.isEmpty());
        addShare.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        note.setId("allocation-note");
        note.setLabel(getTranslation("allocation.column.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        add(taskName, noPeople, sharesBox, addShare, note);
        if (current != null) {
            current.shares().forEach(this::addLine);
            note.setValue(current.note());
        } else if (!people.isEmpty()) {
            addLine(null);
        }

        Button saveButton = new Button(getTranslation("form.save"), click -> {
            lines.forEach(line -> line.hours.setInvalid(false));
            AllocationInput input = new AllocationInput(task.code(), note.getValue(), lines.stream().map(ShareLine::share).toList());
            attempt(() -> save.save(input, false), input, save, otherProblem);
        });
        saveButton.setId("allocation-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        getFooter().add(cancel, saveButton);
    }

    private void attempt(Runnable saving, AllocationInput input, Save save, Consumer<InvalidInputException> otherProblem) {
        try {
            saving.run();
            close();
        } catch (ConfirmationRequiredException question) {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("allocation-confirm");
            confirm.setHeader(getTranslation("confirm.title"));
            confirm.setText(getTranslation(question.messageKey(), question.arguments()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("form.cancel"));
            confirm.setConfirmText(getTranslation("allocation.confirm.save-anyway"));
            confirm.addConfirmListener(yes -> attempt(() -> save.save(input, true), input, save, otherProblem));
            confirm.open();
        } catch (PlanChangedException changed) {
            close();
            otherProblem.accept(changed);
        } catch (InvalidInputException refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            var wrongHours = lines.stream().filter(line -> Hours.problem(line.hours.getValue()).isPresent()).findFirst();
            if (refused.messageKey().startsWith("allocation.error.hours") && wrongHours.isPresent()) {
                wrongHours.get().hours.setErrorMessage(message);
                wrongHours.get().hours.setInvalid(true);
            } else {
                Feedback.refused(this, refused);
            }
        }
    }

    private void addLine(AllocationShare share) {
        ShareLine line = new ShareLine(share);
        lines.add(line);
        sharesBox.add(line);
    }
}
