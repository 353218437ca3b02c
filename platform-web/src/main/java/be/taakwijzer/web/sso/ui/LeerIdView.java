package be.taakwijzer.web.sso.ui;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import be.taakwijzer.shared.FlemishTime;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.sso.ChecklistEntry;
import be.taakwijzer.sso.ChecklistItem;
import be.taakwijzer.sso.LeerIdApplication;
import be.taakwijzer.sso.LeerIdSchool;
import be.taakwijzer.sso.LeerIdService;
import be.taakwijzer.sso.LeerIdSummary;
import be.taakwijzer.sso.StateChange;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.ui.LocalizedPage;
import be.taakwijzer.web.security.TaakwijzerUser;
import jakarta.annotation.security.RolesAllowed;
import be.taakwijzer.web.shared.ui.Feedback;

/**
 * SSO via LeerID, run by the group for all its member schools. Group ICT staff see every school's
 * state at a glance and open a school to change its state, its applications and its checklist; a
 * director sees their own school only, read only.
 */
@Route("leerid")
@RolesAllowed({"GROUP_ICT_STAFF", "SCHOOL_DIRECTOR"})
public class LeerIdView extends LocalizedPage {


    private final LeerIdService leerId;
    private final boolean canEdit;
    private final String actor;
    private Grid<LeerIdSummary> grid;
    private Div detail;
    private UUID openSchool;

    public LeerIdView(LeerIdService leerId, AuthenticationContext authentication) {
        this.leerId = leerId;
        this.canEdit = authentication.hasRole(StaffRole.GROUP_ICT_STAFF.name());
        this.actor = authentication.getAuthenticatedUser(TaakwijzerUser.class).map(TaakwijzerUser::actor).orElse("?");
    }

    @Override
    protected String titleKey() {
        return "sso.title";
    }

    @Override
    protected void render() {
        H2 title = new H2(getTranslation("sso.title"));
        Paragraph intro = new Paragraph(getTranslation(canEdit ? "sso.intro" : "sso.intro.director"));
        intro.addClassName("tw-intro");
        add(title, intro);
        detail = new Div();
        detail.setId("leerid-detail");
        detail.addClassName("tw-leerid-detail");
        List<LeerIdSummary> schools = leerId.overview();
        if (canEdit) {
            grid = new Grid<>();
            grid.setId("leerid-grid");
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
            grid.setAllRowsVisible(true);
            grid.addComponentColumn(this::schoolButton).setHeader(getTranslation("sso.column.school")).setFlexGrow(3).setKey("school");
            grid.addComponentColumn(summary -> {
                Span badge = Badges.state(this, summary.state());
                badge.setId("leerid-grid-state-" + summary.school().instellingsnummer().value());
                return badge;
            }).setHeader(getTranslation("sso.column.state")).setFlexGrow(1).setKey("state");
            grid.addColumn(summary -> getTranslation("sso.count", summary.applicationsConnected(), summary.applicationsTotal()))
                    .setHeader(getTranslation("sso.column.applications")).setFlexGrow(1).setKey("applications");
            grid.addColumn(summary -> getTranslation("sso.count", summary.checklistDone(), ChecklistItem.COUNT))
                    .setHeader(getTranslation("sso.column.checklist")).setFlexGrow(1).setKey("checklist");
            grid.addItemClickListener(click -> open(click.getItem().school().id()));
            grid.setEmptyStateText(getTranslation("sso.empty"));
            grid.setItems(schools);
            add(grid);
            if (openSchool == null) {
                Paragraph hint = new Paragraph(getTranslation("sso.select-school"));
                hint.addClassName("tw-secondary");
                detail.add(hint);
            }
        } else if (!schools.isEmpty()) {
            openSchool = schools.getFirst().school().id();
        }
        add(detail);
        if (openSchool != null) {
            open(openSchool);
        }
    }

    private Component schoolButton(LeerIdSummary summary) {
        Button open = new Button(summary.school().name(), click -> open(summary.school().id()));
        open.setId("leerid-open-" + summary.school().instellingsnummer().value());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return open;
    }

    /** Shows one school's LeerID in the panel below the grid. */
    private void open(UUID schoolId) {
        openSchool = schoolId;
        detail.removeAll();
        leerId.school(schoolId).ifPresent(this::show);
    }

    private void show(LeerIdSchool school) {
        H3 name = new H3(school.school().name());
        name.setId("leerid-school-name");
        Span state = Badges.state(this, school.state());
        state.setId("leerid-state");
        Div heading = new Div(name, state);
        heading.addClassName("tw-filters");
        if (canEdit) {
            Button change = new Button(getTranslation("sso.action.change-state"), VaadinIcon.STEP_FORWARD.create(),
                    click -> new StateDialog(school, (target, note) -> {
                        LeerIdSchool saved = leerId.changeState(school.school().id(), school.version(), target, note, actor);
                        Feedback.saved(this, "sso.state.saved", saved.school().name(), getTranslation("sso.state." + saved.state().name()));
                        refresh();
                    }, this::refusedAndReload).open());
            change.setId("leerid-change-state");
            change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            heading.add(change);
        }
        Paragraph since = new Paragraph(school.history().isEmpty() ? getTranslation("sso.state.never")
                : getTranslation("sso.state.since", when(school.history().getFirst().changedAt()), school.history().getFirst().changedBy()));
        since.addClassName("tw-secondary");
        since.setId("leerid-since");
        detail.add(heading, since, applications(school), checklist(school), history(school));
    }

    private Component applications(LeerIdSchool school) {
        Div section = new Div(new H4(getTranslation("sso.apps.title")));
        Grid<LeerIdApplication> apps = new Grid<>();
        apps.setId("leerid-app-grid");
        apps.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        apps.setAllRowsVisible(true);
        apps.addColumn(LeerIdApplication::name).setHeader(getTranslation("sso.apps.column.name")).setFlexGrow(2).setKey("name");
        apps.addColumn(LeerIdApplication::supplier).setHeader(getTranslation("sso.apps.column.supplier")).setFlexGrow(2);
        apps.addComponentColumn(app -> Badges.connection(this, app.connectionState()))
                .setHeader(getTranslation("sso.apps.column.connection")).setFlexGrow(1).setKey("connection");
        apps.addColumn(LeerIdApplication::note).setHeader(getTranslation("sso.apps.column.note")).setFlexGrow(3);
        if (canEdit) {
            apps.addComponentColumn(app -> appActions(school, app)).setFlexGrow(0).setWidth("12em").setKey("actions");
            Button add = new Button(getTranslation("sso.action.add-app"), VaadinIcon.PLUS.create(),
                    click -> new ApplicationDialog(null, input -> {
                        LeerIdSchool saved = leerId.addApplication(school.school().id(), school.version(), input, actor);
                        Feedback.saved(this, "sso.app.saved", input.name().strip());
                        show(saved, true);
                    }, this::refusedAndReload).open());
            add.setId("leerid-app-add");
            section.add(add);
        }
        apps.setEmptyStateText(getTranslation("sso.apps.empty"));
        apps.setItems(school.applications());
        section.add(apps);
        return section;
    }

    private Component appActions(LeerIdSchool school, LeerIdApplication app) {
        Button change = new Button(getTranslation("action.change"), click -> new ApplicationDialog(app, input -> {
            LeerIdSchool saved = leerId.changeApplication(school.school().id(), school.version(), app.id(), input, actor);
            Feedback.saved(this, "sso.app.saved", input.name().strip());
            show(saved, true);
        }, this::refusedAndReload).open());
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        change.setId("leerid-app-change");
        Button remove = new Button(getTranslation("action.remove"), click -> confirm(getTranslation("sso.confirm.remove-app", app.name()),
                () -> {
                    LeerIdSchool saved = leerId.removeApplication(school.school().id(), school.version(), app.id(), actor);
                    Feedback.saved(this, "sso.app.removed", app.name());
                    return saved;
                }));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.setId("leerid-app-remove");
        Div actions = new Div(change, remove);
        actions.addClassName("tw-actions");
        return actions;
    }

    private Component checklist(LeerIdSchool school) {
        Div section = new Div(new H4(getTranslation("sso.checklist.title", school.checklistDone(), ChecklistItem.COUNT)));
        section.setId("leerid-checklist");
        if (!canEdit) {
            Paragraph readOnly = new Paragraph(getTranslation("sso.checklist.read-only"));
            readOnly.addClassName("tw-secondary");
            section.add(readOnly);
        }
        for (ChecklistItem item : ChecklistItem.values()) {
            ChecklistEntry entry = school.entry(item);
            Checkbox box = new Checkbox(getTranslation("sso.checklist." + item.name()), entry.done());
            box.setId("leerid-check-" + item.name());
            if (entry.changedBy() != null) {
                box.setHelperText(getTranslation(entry.done() ? "sso.checklist.done-by" : "sso.checklist.undone-by",
                        entry.changedBy(), when(entry.changedAt())));
            }
            box.setReadOnly(!canEdit);
            if (canEdit) {
                box.addValueChangeListener(change -> {
                    try {
                        show(leerId.setChecklistItem(school.school().id(), school.version(), item, change.getValue(), actor), true);
                    } catch (InvalidInputException refused) {
                        refusedAndReload(refused);
                    }
                });
            }
            Div line = new Div(box);
            section.add(line);
        }
        return section;
    }

    private Component history(LeerIdSchool school) {
        Div section = new Div(new H4(getTranslation("sso.history.title")));
        Grid<StateChange> changes = new Grid<>();
        changes.setId("leerid-history-grid");
        changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        changes.setAllRowsVisible(true);
        changes.addColumn(change -> when(change.changedAt())).setHeader(getTranslation("sso.history.column.when")).setFlexGrow(1);
        changes.addColumn(change -> getTranslation(change.back() ? "sso.history.back" : "sso.history.forward",
                getTranslation("sso.state." + change.from().name()), getTranslation("sso.state." + change.to().name())))
                .setHeader(getTranslation("sso.history.column.change")).setFlexGrow(1);
        changes.addColumn(StateChange::changedBy).setHeader(getTranslation("sso.history.column.who")).setFlexGrow(1);
        changes.addColumn(StateChange::note).setHeader(getTranslation("sso.history.column.note")).setFlexGrow(3);
        changes.setEmptyStateText(getTranslation("sso.history.empty"));
        changes.setItems(school.history());
        section.add(changes);
        return section;
    }

    /** Shows a school as just saved, and the grid's line of it. */
    private void show(LeerIdSchool saved, boolean refreshGrid) {
        detail.removeAll();
        show(saved);
        if (refreshGrid && grid != null) {
            grid.setItems(leerId.overview());
        }
    }

    private void confirm(String question, Supplier<LeerIdSchool> action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("leerid-confirm");
        dialog.setHeader(getTranslation("confirm.title"));
        dialog.setText(question);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("form.cancel"));
        dialog.setConfirmText(getTranslation("confirm.ok"));
        dialog.addConfirmListener(confirmed -> {
            try {
                show(action.get(), true);
            } catch (InvalidInputException refused) {
                refusedAndReload(refused);
            }
        });
        dialog.open();
    }

    private void refusedAndReload(InvalidInputException refused) {
        Feedback.refused(this, refused);
        refresh();
    }

    private void refresh() {
        if (grid != null) {
            grid.setItems(leerId.overview());
        }
        if (openSchool != null) {
            open(openSchool);
        }
    }

    private String when(OffsetDateTime moment) {
        return moment == null ? "" : moment.atZoneSameInstant(FlemishTime.ZONE)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()));
    }
}
