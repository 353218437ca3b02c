package be.taakwijzer.web.allocation.ui;

import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import be.taakwijzer.ui.Downloads;
import be.taakwijzer.allocation.GroupOverview;
import be.taakwijzer.allocation.GroupOverviewService;
import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.SchoolYearService;
import be.taakwijzer.allocation.TaskState;
import be.taakwijzer.allocation.export.GroupOverviewExport;
import be.taakwijzer.shared.export.Texts;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueService;
import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.catalogue.Cluster;
import be.taakwijzer.catalogue.TaskLevel;
import be.taakwijzer.tenancy.School;
import be.taakwijzer.ui.LocalizedPage;
import be.taakwijzer.ui.chart.EChart;
import be.taakwijzer.ui.chart.StackedBars;
import jakarta.annotation.security.RolesAllowed;

/**
 * The group at a glance: every member school against every task, central / allocated / open, with
 * counts per school and a click through to the school.
 */
@Route("overzicht")
@RolesAllowed("GROUP_ICT_STAFF")
public class GroupOverviewView extends LocalizedPage {

    private final GroupOverviewService overviews;
    private final SchoolYearService years;
    private final CatalogueService catalogues;
    private final GroupOverviewExport exports;
    private Cluster clusterFilter;
    private TaskLevel levelFilter;

    public GroupOverviewView(GroupOverviewService overviews, SchoolYearService years, CatalogueService catalogueService,
                             GroupOverviewExport exports) {
        this.overviews = overviews;
        this.exports = exports;
        this.years = years;
        this.catalogues = catalogueService;
    }

    @Override
    protected String titleKey() {
        return "overview.title";
    }

    @Override
    protected void render() {
        SchoolYear year = SelectedSchoolYear.get(years.years(), years.current());
        GroupOverview overview = overviews.overview(year);
        Catalogue catalogue = catalogues.catalogue(years.catalogueVersion(year));
        Paragraph intro = new Paragraph(getTranslation("overview.intro"));
        intro.addClassName("tw-intro");

        SchoolYearSelect yearSelect = new SchoolYearSelect(years, chosen -> rerender());
        yearSelect.setLabel(getTranslation("year.label"));
        Select<Cluster> cluster = TaskFilterSelects.cluster("overview-filter-cluster", catalogue, clusterFilter);
        cluster.addValueChangeListener(change -> {
            clusterFilter = change.getValue();
            rerender();
        });
        Select<TaskLevel> level = TaskFilterSelects.level("overview-filter-level", catalogue, levelFilter);
        level.addValueChangeListener(change -> {
            levelFilter = change.getValue();
            rerender();
        });
        List<CatalogueTask> tasks = catalogue.tasks().stream()
                .filter(task -> clusterFilter == null || task.clusterCode().equals(clusterFilter.code()))
                .filter(task -> levelFilter == null || task.levelCode().equals(levelFilter.code()))
                .toList();
        List<String> codes = tasks.stream().map(CatalogueTask::code).toList();
        Locale locale = getLocale();
        Texts words = (key, arguments) -> getTranslation(locale, key, arguments);
        String name = getTranslation("export.file.overview", year.label());
        // the file holds what the screen shows: the year and the filters chosen now
        Div downloads = new Div(
                Downloads.link("export-overview-xlsx", getTranslation("export.action.xlsx"), name + ".xlsx", Downloads.XLSX,
                        () -> exports.xlsx(overviews.overview(year), tasks, catalogue, locale, words)),
                Downloads.link("export-overview-csv", getTranslation("export.action.csv"), name + ".csv", Downloads.CSV,
                        () -> exports.csv(overviews.overview(year), tasks, catalogue, locale, words)));
        downloads.addClassName("tw-downloads");
        Div toolbar = new Div(yearSelect, cluster, level, downloads);
        toolbar.addClassName("tw-filters");


        Grid<CatalogueTask> matrix = new Grid<>();
        matrix.setId("overview-grid");
        matrix.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        matrix.setAllRowsVisible(true);
        var taskColumn = matrix.addColumn(task -> task.name().in(getLocale())).setHeader(getTranslation("catalogue.column.task"))
                .setWidth("26em").setFlexGrow(0).setFrozen(true);
        FooterRow counts = matrix.appendFooterRow();
        counts.getCell(taskColumn).setText(getTranslation("overview.counts"));
        for (School school : overview.schools()) {
            RouterLink link = new RouterLink(school.name(), SchoolPlanView.class,
                    new RouteParameters("schoolId", school.id().toString()));
            link.setId("overview-school-" + school.instellingsnummer().value());
            var column = matrix.addComponentColumn(task -> cell(overview.state(school.id(), task.code())))
                    .setHeader(link).setTextAlign(ColumnTextAlign.CENTER).setWidth("9em").setFlexGrow(1)
                    .setKey(school.instellingsnummer().value());
            Span count = new Span(getTranslation("overview.count", overview.count(school.id(), codes, TaskState.CENTRAL),
                    overview.count(school.id(), codes, TaskState.ALLOCATED), overview.count(school.id(), codes, TaskState.OPEN)));
            count.setId("overview-count-" + school.instellingsnummer().value());
            counts.getCell(column).setComponent(count);
        }
        matrix.setItems(tasks);

        Div legend = new Div();
        legend.addClassName("tw-summary");
        for (TaskState state : TaskState.values()) {
            legend.add(cell(state), new Span(getTranslation("state." + state.name())));
        }
        add(new H2(getTranslation("overview.title")), intro, toolbar, coverageChart(overview, codes), legend, matrix);
    }

    /** Central, allocated and open per school, for the tasks shown: the picture of what the matrix says. */
    private Component coverageChart(GroupOverview overview, List<String> codes) {
        EChart chart = new EChart((80 + 36 * overview.schools().size()) + "px");
        chart.setId("overview-chart");
        List<String> schools = overview.schools().stream().map(School::name).toList();
        chart.setOption(StackedBars.option(schools, List.of(
                series(overview, codes, TaskState.CENTRAL, "hsl(205, 70%, 55%)"),
                series(overview, codes, TaskState.ALLOCATED, "hsl(145, 45%, 45%)"),
                series(overview, codes, TaskState.OPEN, "hsl(35, 90%, 55%)"))));
        return chart;
    }

    private StackedBars.Series series(GroupOverview overview, List<String> codes, TaskState state, String color) {
        return new StackedBars.Series(getTranslation("state." + state.name()), color,
                overview.schools().stream().map(school -> overview.count(school.id(), codes, state)).toList());
    }

    private Component cell(TaskState state) {
        Span badge = new Span(getTranslation("state.short." + state.name()));
        badge.addClassNames("tw-badge", "tw-state-" + state.name().toLowerCase());
        badge.setTitle(getTranslation("state." + state.name()));
        return badge;
    }

    private void rerender() {
        removeAll();
        render();
    }
}
