package be.taakwijzer.web.allocation.ui;

import be.taakwijzer.shared.PlainNumber;
import be.taakwijzer.ui.Downloads;
import be.taakwijzer.allocation.PlanWarnings;
import java.util.function.Supplier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import be.taakwijzer.allocation.AllocationInput;
import be.taakwijzer.allocation.HistoryService;
import be.taakwijzer.allocation.PlanWarning;
import be.taakwijzer.allocation.SchoolPerson;
import be.taakwijzer.allocation.SchoolPlan;
import be.taakwijzer.allocation.SchoolPlanService;
import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.SchoolYearService;
import be.taakwijzer.allocation.TaskState;
import be.taakwijzer.allocation.WarningKind;
import be.taakwijzer.allocation.export.PlanWording;
import be.taakwijzer.allocation.export.SchoolPlanExport;
import be.taakwijzer.allocation.export.SchoolPlanPdf;
import be.taakwijzer.shared.export.Texts;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueService;
import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.catalogue.Cluster;
import be.taakwijzer.catalogue.TaskLevel;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.ui.LocalizedPage;
import be.taakwijzer.web.security.TaakwijzerUser;
import jakarta.annotation.security.RolesAllowed;
import be.taakwijzer.web.shared.ui.Feedback;

/**
 * A member school's plan for a school year: which tasks the group covers, who at the school takes
 * the others, the school's people, live warnings and the history of changes. The address is the
 * school's id, which says nothing by itself: the service decides (a director another school: 403;
 * another group's school: 404).
 */
@Route("scholen/:schoolId")
@RolesAllowed({"GROUP_ICT_STAFF", "GROUP_DPO", "SCHOOL_DIRECTOR"})
public class SchoolPlanView extends LocalizedPage implements BeforeEnterObserver {

    private final SchoolPlanService plans;
    private final SchoolYearService years;
    private final HistoryService history;
    private final CatalogueService catalogues;
    private Catalogue catalogue;
    private final boolean canEdit;
    private final String actor;
    private final SchoolPlanExport spreadsheets;
    private final SchoolPlanPdf pdfs;
    private PlanWording texts;
    private SchoolPlan plan;
    private Cluster clusterFilter;
    private TaskLevel levelFilter;
    private boolean onlyOpen;
    private int selectedTab;

    public SchoolPlanView(SchoolPlanService plans, SchoolYearService years, HistoryService history,
                          CatalogueService catalogueService, SchoolPlanExport spreadsheets, SchoolPlanPdf pdfs,
                          AuthenticationContext authentication) {
        this.plans = plans;
        this.years = years;
        this.history = history;
        this.catalogues = catalogueService;
        this.canEdit = authentication.hasAnyRole(StaffRole.GROUP_ICT_STAFF.name(), StaffRole.SCHOOL_DIRECTOR.name());
        this.actor = authentication.getAuthenticatedUser(TaakwijzerUser.class).map(TaakwijzerUser::actor).orElse("?");
        this.spreadsheets = spreadsheets;
        this.pdfs = pdfs;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id;
        try {
            id = UUID.fromString(event.getRouteParameters().get("schoolId").orElse(""));
        } catch (IllegalArgumentException notAnId) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        SchoolYear year = SelectedSchoolYear.get(years.years(), years.current());
        try {
            plan = plans.plan(id, year).orElse(null);
        } catch (org.springframework.security.access.AccessDeniedException refusedByTheService) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        if (plan == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (getUI().isPresent()) {
            removeAll();
            render();
        }
    }

    @Override
    protected String titleKey() {
        return "schools.title";
    }

    @Override
    public String getPageTitle() {
        return (plan == null ? getTranslation("schools.title") : plan.school().name()) + " | " + getTranslation("app.name");
    }

    @Override
    protected void render() {
        if (plan == null) {
            return;
        }
        Locale locale = getLocale();
        catalogue = catalogues.catalogue(years.catalogueVersion(plan.year()));
        texts = new PlanWording(catalogue, locale, (key, arguments) -> getTranslation(locale, key, arguments));
        H2 title = new H2(plan.school().name());
        title.setId("school-title");
        Paragraph facts = new Paragraph(getTranslation("school.instellingsnummer") + " " + plan.school().instellingsnummer().value()
                + " · " + (plan.school().municipality() == null ? "" : plan.school().municipality() + " · ")
                + getTranslation("school.level." + plan.school().educationLevel().name()));
        facts.addClassName("tw-intro");

        SchoolYearSelect yearSelect = new SchoolYearSelect(years, chosen -> reload());
        yearSelect.setLabel(getTranslation("year.label"));
        Div toolbar = new Div(yearSelect);
        toolbar.addClassName("tw-filters");
        if (canEdit && plan.empty()) {
            Button copy = new Button(getTranslation("plan.action.copy-previous", plan.year().previous().label()),
                    VaadinIcon.COPY.create(), click -> change(() -> plans.copyPreviousYear(plan.school().id(), plan.year(), plan.version(), actor),
                    "plan.copied"));
            copy.setId("plan-copy-previous");
            toolbar.add(copy);
        }
        toolbar.add(downloads(locale));
        add(title, facts, toolbar, summary(), notices(), warnings());

        TabSheet tabs = new TabSheet();
        tabs.setId("plan-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("plan.tab.tasks"), tasksTab());
        tabs.add(getTranslation("plan.tab.people", plan.people().size()), peopleTab());
        tabs.add(getTranslation("plan.tab.history"), historyTab());
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(change -> selectedTab = tabs.getSelectedIndex());
        add(tabs);
    }

    /** The plan as it is at the moment of the click, as xlsx, csv or a PDF summary. */
    private Component downloads(Locale locale) {
        UUID schoolId = plan.school().id();
        SchoolYear year = plan.year();
        Texts words = (key, arguments) -> getTranslation(locale, key, arguments);
        String name = getTranslation("export.file.plan", plan.school().instellingsnummer().value(), year.label());
        Div links = new Div(
                Downloads.link("export-plan-xlsx", getTranslation("export.action.xlsx"), name + ".xlsx", Downloads.XLSX, () -> {
                    SchoolPlan now = plans.plan(schoolId, year).orElseThrow();
                    return spreadsheets.xlsx(now, plans.warnings(now), catalogue, locale, words);
                }),
                Downloads.link("export-plan-csv", getTranslation("export.action.csv"), name + ".csv", Downloads.CSV,
                        () -> spreadsheets.csv(plans.plan(schoolId, year).orElseThrow(), catalogue, locale, words)),
                Downloads.link("export-plan-pdf", getTranslation("export.action.pdf"), name + ".pdf", Downloads.PDF, () -> {
                    SchoolPlan now = plans.plan(schoolId, year).orElseThrow();
                    return pdfs.pdf(now, plans.warnings(now), catalogue, locale, years.today(), words);
                }));
        links.addClassName("tw-downloads");
        return links;
    }

    private Component summary() {
        Map<TaskState, Long> counts = catalogue.tasks().stream()
                .collect(Collectors.groupingBy(task -> plan.state(task.code()), Collectors.counting()));
        Div summary = new Div();
        summary.setId("plan-summary");
        summary.addClassName("tw-summary");
        for (TaskState state : TaskState.values()) {
            Span count = new Span(getTranslation("state.count." + state.name(), counts.getOrDefault(state, 0L)));
            count.addClassNames("tw-badge", "tw-state-" + state.name().toLowerCase());
            summary.add(count);
        }
        return summary;
    }

    private Component notices() {
        Div notices = new Div();
        notices.setId("plan-notices");
        plan.notices().forEach(notice -> {
            Div line = new Div(VaadinIcon.INFO_CIRCLE.create(), new Span(getTranslation("notice.open-again", texts.task(notice.taskCode()))));
            line.addClassName("tw-notice");
            if (canEdit) {
                Button read = new Button(getTranslation("notice.read"), click -> change(
                        () -> plans.dismissNotice(plan.school().id(), plan.year(), notice.taskCode(), actor), null));
                read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                read.setId("notice-read-" + notice.taskCode());
                line.add(read);
            }
            notices.add(line);
        });
        return notices;
    }

    /** The warnings, with the open core tasks as one line: the task list shows them with "only open". */
    private Component warnings() {
        List<PlanWarning> warnings = plans.warnings(plan);
        List<PlanWarning> openCore = warnings.stream().filter(w -> w.kind() == WarningKind.CORE_TASK_WITHOUT_ANYONE).toList();
        Div box = new Div();
        box.setId("plan-warnings");
        box.addClassName("tw-warnings");
        H3 heading = new H3(getTranslation("warnings.title", warnings.size()));
        heading.setId("plan-warnings-title");
        box.add(heading);
        if (warnings.isEmpty()) {
            box.addClassName("tw-warnings-none");
            box.add(new Paragraph(getTranslation("warnings.none")));
        }
        if (!openCore.isEmpty()) {
            // The open core tasks can be many: their names fold away, the task list shows them with "only open".
            Div list = new Div(new Span(openCore.stream().map(w -> texts.task(w.taskCode())).collect(Collectors.joining(" · "))));
            list.addClassName("tw-warning-list");
            Details details = new Details(warningLine(getTranslation("warnings.core-open", openCore.size()),
                    WarningKind.CORE_TASK_WITHOUT_ANYONE), list);
            details.setId("plan-warnings-open-core");
            details.setOpened(openCore.size() <= 3);
            box.add(details);
        }
        warnings.stream().filter(w -> w.kind() != WarningKind.CORE_TASK_WITHOUT_ANYONE)
                .forEach(warning -> box.add(warningLine(texts.warning(warning, plan), warning.kind())));
        return box;
    }

    private static Div warningLine(String text, WarningKind kind) {
        Div line = new Div(VaadinIcon.WARNING.create(), new Span(text));
        line.addClassNames("tw-warning", "tw-warning-" + kind.name().toLowerCase());
        return line;
    }

    private Component tasksTab() {
        Select<Cluster> cluster = TaskFilterSelects.cluster("plan-filter-cluster", catalogue, clusterFilter);
        Select<TaskLevel> level = TaskFilterSelects.level("plan-filter-level", catalogue, levelFilter);
        Checkbox open = new Checkbox(getTranslation("plan.filter.only-open"), onlyOpen);
        open.setId("plan-filter-open");

        Grid<CatalogueTask> grid = new Grid<>();
        grid.setId("plan-task-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(task -> task.name().in(getLocale())).setHeader(getTranslation("catalogue.column.task")).setFlexGrow(4);
        grid.addColumn(task -> texts.cluster(task.clusterCode())).setHeader(getTranslation("catalogue.column.cluster")).setFlexGrow(1);
        grid.addComponentColumn(this::stateBadge).setHeader(getTranslation("plan.column.state")).setFlexGrow(1);
        grid.addColumn(task -> plan.coveringProvider(task.code()).map(texts::provider)
                        .orElseGet(() -> plan.allocation(task.code()).map(a -> texts.shares(a, plan)).orElse("")))
                .setHeader(getTranslation("plan.column.who")).setFlexGrow(3);
        grid.addColumn(task -> plan.centralTask(task.code()).map(central -> central.note())
                .orElseGet(() -> plan.allocation(task.code()).map(a -> a.note()).orElse(""))).setHeader(getTranslation("allocation.column.note"))
                .setFlexGrow(2);
        if (canEdit) {
            grid.addComponentColumn(this::allocateButton).setFlexGrow(0).setWidth("9em").setKey("actions");
        }
        Runnable filter = () -> {
            clusterFilter = cluster.getValue();
            levelFilter = level.getValue();
            onlyOpen = open.getValue();
            grid.setItems(catalogue.tasks().stream()
                    .filter(task -> clusterFilter == null || task.clusterCode().equals(clusterFilter.code()))
                    .filter(task -> levelFilter == null || task.levelCode().equals(levelFilter.code()))
                    .filter(task -> !onlyOpen || plan.state(task.code()) == TaskState.OPEN)
                    .toList());
        };
        cluster.addValueChangeListener(change -> filter.run());
        level.addValueChangeListener(change -> filter.run());
        open.addValueChangeListener(change -> filter.run());
        filter.run();

        Div filters = new Div(cluster, level, open);
        filters.addClassName("tw-filters");
        return new Div(filters, grid);
    }

    private Component stateBadge(CatalogueTask task) {
        TaskState state = plan.state(task.code());
        Span badge = new Span(getTranslation("state." + state.name()));
        badge.addClassNames("tw-badge", "tw-state-" + state.name().toLowerCase());
        return badge;
    }

    private Component allocateButton(CatalogueTask task) {
        boolean central = plan.state(task.code()) == TaskState.CENTRAL;
        Button button = new Button(getTranslation(plan.allocation(task.code()).isPresent() ? "action.change" : "plan.action.allocate"),
                click -> openAllocation(task));
        button.setId("allocate-" + task.code());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setEnabled(!central);
        if (central) {
            button.setTooltipText(getTranslation("plan.central-hint"));
        }
        return button;
    }

    private void openAllocation(CatalogueTask task) {
        new AllocationDialog(catalogue, task, plan.people(), plan.allocation(task.code()).orElse(null), (AllocationInput input, boolean confirmed) -> {
            plan = plans.allocate(plan.school().id(), plan.year(), plan.version(), input, confirmed, actor);
            Feedback.saved(this, "allocation.saved", task.name().in(getLocale()));
            rerender();
        }, this::conflict).open();
    }

    private Component peopleTab() {
        Div box = new Div();
        if (canEdit) {
            Button add = new Button(getTranslation("person.action.add"), VaadinIcon.PLUS.create(), click -> openPerson(null));
            add.setId("person-add");
            box.add(add);
        }
        Map<UUID, Map<String, BigDecimal>> allocated = PlanWarnings.allocatedHours(plan.ownAllocations());
        Grid<SchoolPerson> grid = new Grid<>();
        grid.setId("plan-people-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(SchoolPerson::name).setHeader(getTranslation("person.column.name")).setFlexGrow(2);
        grid.addColumn(texts::role).setHeader(getTranslation("person.column.role")).setFlexGrow(2);
        grid.addColumn(person -> hoursText(person.availableHours())).setHeader(getTranslation("person.column.available")).setFlexGrow(2);
        grid.addColumn(person -> hoursText(allocated.getOrDefault(person.id(), Map.of()))).setHeader(getTranslation("person.column.allocated"))
                .setFlexGrow(2);
        grid.addColumn(person -> catalogue.competences().stream().filter(c -> person.competenceCodes().contains(c.code()))
                .map(c -> c.name().in(getLocale())).collect(Collectors.joining(", "))).setHeader(getTranslation("person.column.competences"))
                .setFlexGrow(3);
        if (canEdit) {
            grid.addComponentColumn(this::personActions).setFlexGrow(1).setKey("actions");
        }
        grid.setItems(plan.people());
        grid.setEmptyStateText(getTranslation("person.empty"));
        box.add(grid);
        return box;
    }

    private String hoursText(Map<String, BigDecimal> hours) {
        return catalogue.fundingSources().stream().filter(f -> hours.containsKey(f.code()))
                .map(f -> PlainNumber.of(hours.get(f.code())) + " " + getTranslation("unit.hours") + " " + f.name().in(getLocale()))
                .collect(Collectors.joining(", "));
    }

    private Component personActions(SchoolPerson person) {
        Button change = new Button(getTranslation("action.change"), click -> openPerson(person));
        change.setId("person-change-" + person.id());
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button remove = new Button(getTranslation("action.remove"), click -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setId("person-confirm");
            dialog.setHeader(getTranslation("confirm.title"));
            dialog.setText(getTranslation("person.confirm.remove", person.name()));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("form.cancel"));
            dialog.setConfirmText(getTranslation("confirm.ok"));
            dialog.addConfirmListener(yes -> change(() -> plans.removePerson(plan.school().id(), plan.year(), plan.version(), person.id(), actor),
                    "person.removed", person.name()));
            dialog.open();
        });
        remove.setId("person-remove-" + person.id());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        Div actions = new Div(change, remove);
        actions.addClassName("tw-actions");
        return actions;
    }

    private void openPerson(SchoolPerson editing) {
        new PersonDialog(catalogue, editing, input -> {
            plan = editing == null ? plans.addPerson(plan.school().id(), plan.year(), plan.version(), input, actor)
                    : plans.changePerson(plan.school().id(), plan.year(), plan.version(), editing.id(), input, actor);
            Feedback.saved(this, "person.saved", input.name().strip());
            rerender();
        }, this::conflict).open();
    }

    private Component historyTab() {
        return new HistoryGrid(history.schoolHistory(plan.school().id()), List.of(plan.school()));
    }

    /** Makes a change through the service; a refusal is explained, a conflict reloads the plan. */
    private void change(Supplier<SchoolPlan> action, String savedKey, Object... arguments) {
        try {
            plan = action.get();
            if (savedKey != null) {
                Feedback.saved(this, savedKey, arguments);
            }
            rerender();
        } catch (InvalidInputException refused) {
            conflict(refused);
        }
    }

    /** Someone else changed the plan meanwhile (or the change was refused): say so and show the plan as it is now. */
    private void conflict(InvalidInputException refused) {
        Feedback.refused(this, refused);
        reload();
    }

    private void reload() {
        plan = plans.plan(plan.school().id(), SelectedSchoolYear.get(years.years(), years.current())).orElse(plan);
        rerender();
    }

    private void rerender() {
        removeAll();
        render();
    }
}
