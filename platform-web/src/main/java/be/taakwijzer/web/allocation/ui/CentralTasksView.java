package be.taakwijzer.web.allocation.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import be.taakwijzer.shared.PlainNumber;
import be.taakwijzer.allocation.CentralTask;
import be.taakwijzer.allocation.CentralTaskInput;
import be.taakwijzer.allocation.CentralTaskService;
import be.taakwijzer.allocation.CentralTaskStatus;
import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.SchoolYearService;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueService;
import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.web.catalogue.ui.CatalogueVersionNote;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.tenancy.School;
import be.taakwijzer.tenancy.SchoolService;
import be.taakwijzer.tenancy.StaffMember;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.tenancy.StaffService;
import be.taakwijzer.ui.LocalizedPage;
import be.taakwijzer.web.security.TaakwijzerUser;
import jakarta.annotation.security.RolesAllowed;
import be.taakwijzer.web.shared.ui.Feedback;

/**
 * The tasks the group handles once, centrally, for all or chosen member schools. Group ICT staff
 * change them; the DPO reads them. Stopping a task gives the schools it covered a notice.
 */
@Route("centrale-taken")
@RolesAllowed({"GROUP_ICT_STAFF", "GROUP_DPO"})
public class CentralTasksView extends LocalizedPage {

    private final CentralTaskService centralTasks;
    private final SchoolYearService years;
    private final CatalogueService catalogues;
    private Catalogue catalogue;
    private Map<String, CatalogueTask> tasks;
    private final List<School> schools;
    private final Map<UUID, StaffMember> staff;
    private final boolean canEdit;
    private final String actor;
    private SchoolYearSelect yearSelect;
    private Grid<CentralTask> grid;
    private SchoolYear year;

    public CentralTasksView(CentralTaskService centralTasks, SchoolYearService years, CatalogueService catalogueService,
                            SchoolService schoolService, StaffService staffService, AuthenticationContext authentication) {
        this.centralTasks = centralTasks;
        this.years = years;
        this.catalogues = catalogueService;
        this.schools = schoolService.memberSchools();
        this.canEdit = authentication.hasRole(StaffRole.GROUP_ICT_STAFF.name());
        this.staff = canEdit ? staffService.members().stream().collect(Collectors.toMap(StaffMember::id, Function.identity())) : Map.of();
        this.actor = authentication.getAuthenticatedUser(TaakwijzerUser.class).map(TaakwijzerUser::actor).orElse("?");
    }

    @Override
    protected String titleKey() {
        return "central.title";
    }

    @Override
    protected void render() {

        H2 title = new H2(getTranslation("central.title"));
        Paragraph intro = new Paragraph(getTranslation("central.intro"));
        intro.addClassName("tw-intro");
        yearSelect = new SchoolYearSelect(years, chosen -> {
            year = chosen;
            removeAll();
            render();
        });
        yearSelect.setLabel(getTranslation("year.label"));
        year = yearSelect.getValue();
        // the year's own catalogue version: its tasks and their wording
        catalogue = catalogues.catalogue(years.catalogueVersion(year));
        tasks = catalogue.tasks().stream().collect(Collectors.toMap(CatalogueTask::code, Function.identity()));

        Div toolbar = new Div(yearSelect);
        toolbar.addClassName("tw-filters");
        if (canEdit) {
            Button add = new Button(getTranslation("central.action.add"), VaadinIcon.PLUS.create(), click -> openForm(null));
            add.setId("central-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button nextYear = new Button(getTranslation("year.action.start-next"), VaadinIcon.CALENDAR.create(), click -> confirmNextYear());
            nextYear.setId("year-start-next");
            toolbar.add(add, nextYear);
        }

        grid = new Grid<>();
        grid.setId("central-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        // the note sits under the task's name: a column of its own leaves the name no room
        grid.addComponentColumn(this::taskWithNote).setHeader(getTranslation("central.column.task")).setWidth("16em").setFlexGrow(3);
        grid.addColumn(task -> catalogue.providersByCode().get(task.providerCode()).name().in(getLocale()))
                .setHeader(getTranslation("central.column.provider")).setWidth("8em").setFlexGrow(1);
        grid.addColumn(this::forWhom).setHeader(getTranslation("central.column.for")).setWidth("8em").setFlexGrow(1);
        grid.addColumn(task -> task.responsibleStaffId() == null || !staff.containsKey(task.responsibleStaffId()) ? ""
                : staff.get(task.responsibleStaffId()).displayName()).setHeader(getTranslation("central.column.responsible"))
                .setWidth("8em").setFlexGrow(1);
        grid.addColumn(task -> PlainNumber.of(task.hours()) + " " + getTranslation("unit.hours")
                        + (task.fundingCode() == null ? "" : " · " + fundingName(task.fundingCode())))
                .setHeader(getTranslation("central.column.hours")).setWidth("9em").setFlexGrow(0);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("central.column.status")).setWidth("6em").setFlexGrow(0);
        if (canEdit) {
            grid.addComponentColumn(this::actions).setWidth("7em").setFlexGrow(0).setKey("actions");
        }
        grid.setEmptyStateText(getTranslation("central.empty"));
        add(title, intro, toolbar, grid);
        refresh();
    }

    private Component taskWithNote(CentralTask task) {
        Div cell = new Div(new Span(tasks.get(task.taskCode()).name().in(getLocale())));
        if (!task.note().isEmpty()) {
            Span note = new Span(task.note());
            note.addClassName("tw-secondary");
            cell.add(note);
        }
        WorkspaceLinks.address(task.taskCode()).ifPresent(address -> {
            Anchor open = new Anchor(address, getTranslation("central.open-workspace"));
            open.setId("central-workspace-" + task.taskCode());
            cell.add(open);
        });
        cell.addClassName("tw-cell-stack");
        return cell;
    }

    private String forWhom(CentralTask task) {
        if (task.allSchools()) {
            return getTranslation("central.for.all");
        }
        return schools.stream().filter(school -> task.schoolIds().contains(school.id())).map(School::name)
                .collect(Collectors.joining(", "));
    }

    private String fundingName(String code) {
        return catalogue.fundingSources().stream().filter(f -> f.code().equals(code)).findFirst()
                .map(f -> f.name().in(getLocale())).orElse(code);
    }

    private Component statusBadge(CentralTask task) {
        Span badge = new Span(getTranslation("central.status." + task.status().name()));
        badge.addClassNames("tw-badge", "tw-status-" + task.status().name().toLowerCase());
        return badge;
    }

    private Component actions(CentralTask task) {
        Div actions = new Div();
        actions.addClassName("tw-actions");
        Button change = new Button(getTranslation("action.change"), click -> openForm(task));
        change.setId("central-change-" + task.taskCode());
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        actions.add(change);
        if (task.status() != CentralTaskStatus.STOPPED) {
            Button stop = new Button(getTranslation("central.action.stop"), click -> confirm(
                    getTranslation("central.confirm.stop", tasks.get(task.taskCode()).name().in(getLocale())),
                    () -> centralTasks.change(task, asInput(task, CentralTaskStatus.STOPPED), actor)));
            stop.setId("central-stop-" + task.taskCode());
            stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(stop);
        }
        Button remove = new Button(getTranslation("action.remove"), click -> confirm(
                getTranslation("central.confirm.remove", tasks.get(task.taskCode()).name().in(getLocale())),
                () -> centralTasks.remove(task, actor)));
        remove.setId("central-remove-" + task.taskCode());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        actions.add(remove);
        return actions;
    }

    private static CentralTaskInput asInput(CentralTask task, CentralTaskStatus status) {
        return new CentralTaskInput(task.taskCode(), task.providerCode(), task.responsibleStaffId(), task.hours(),
                task.fundingCode(), status, task.note(), task.allSchools(), task.schoolIds());
    }

    private void openForm(CentralTask editing) {
        Set<String> taken = centralTasks.centralTasks(year).stream().map(CentralTask::taskCode).collect(Collectors.toSet());
        CentralTaskDialog dialog = new CentralTaskDialog(catalogue, schools, List.copyOf(staff.values()), editing, taken, input -> {
            CentralTask saved = editing == null ? centralTasks.add(year, input, actor) : centralTasks.change(editing, input, actor);
            Feedback.saved(this, "central.saved", tasks.get(saved.taskCode()).name().in(getLocale()));
            refresh();
        }, refused -> {
            Feedback.refused(this, refused);
            refresh();
        });
        dialog.open();
    }

    private void confirm(String question, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("central-confirm");
        dialog.setHeader(getTranslation("confirm.title"));
        dialog.setText(question);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("form.cancel"));
        dialog.setConfirmText(getTranslation("confirm.ok"));
        dialog.addConfirmListener(confirmed -> {
            try {
                action.run();
            } catch (InvalidInputException refused) {
                Feedback.refused(this, refused);
            }
            refresh();
        });
        dialog.open();
    }

    private void confirmNextYear() {
        SchoolYear last = years.years().getLast();
        Checkbox copyPlans = new Checkbox(getTranslation("year.copy-plans"), true);
        copyPlans.setId("year-copy-plans");
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("year-confirm");
        dialog.setHeader(getTranslation("year.confirm.title", last.next().label()));
        dialog.add(new Paragraph(getTranslation("year.confirm.text", last.label(), last.next().label())),
                new CatalogueVersionNote(catalogues, years.catalogueVersion(last)), copyPlans);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("form.cancel"));
        dialog.setConfirmText(getTranslation("year.action.start-next"));
        dialog.addConfirmListener(confirmed -> {
            try {
                SchoolYear started = years.startNextYear(copyPlans.getValue(), actor);
                SelectedSchoolYear.set(started);
                year = started;
                Feedback.saved(this, "year.started", started.label());
                removeAll();
                render();
            } catch (InvalidInputException refused) {
                Feedback.refused(this, refused);
                refresh();
            }
        });
        dialog.open();
    }

    private void refresh() {
        grid.setItems(centralTasks.centralTasks(year));
    }
}
