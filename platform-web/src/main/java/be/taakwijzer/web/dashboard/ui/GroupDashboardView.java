package be.taakwijzer.web.dashboard.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouteConfiguration;

import be.taakwijzer.shared.PlainNumber;
import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.SchoolYearService;
import be.taakwijzer.allocation.WarningKind;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueService;
import be.taakwijzer.dashboard.GroupDashboard;
import be.taakwijzer.dashboard.GroupDashboard.PersonOverHours;
import be.taakwijzer.dashboard.GroupDashboard.SchoolFigures;
import be.taakwijzer.dashboard.GroupDashboardExport;
import be.taakwijzer.dashboard.GroupDashboardService;
import be.taakwijzer.shared.export.Texts;
import be.taakwijzer.tenancy.School;
import be.taakwijzer.ui.LocalizedPage;
import be.taakwijzer.ui.chart.EChart;
import be.taakwijzer.ui.chart.StackedBars;
import be.taakwijzer.ui.table.DataTable;
import be.taakwijzer.web.allocation.ui.SchoolPlanView;
import be.taakwijzer.web.allocation.ui.SchoolYearSelect;
import be.taakwijzer.web.allocation.ui.SelectedSchoolYear;
import be.taakwijzer.ui.Downloads;
import jakarta.annotation.security.RolesAllowed;

/**
 * How the group's schools share the work: coverage, the schools' own hours per cluster and funding
 * source, the change against last year, points of attention and who is over their hours. Charts for
 * looking, tables with the same numbers for reading, and the numbers as files.
 */
@Route("dashboard")
@RolesAllowed("GROUP_ICT_STAFF")
public class GroupDashboardView extends LocalizedPage {

    private static final List<String> COLOURS = List.of("hsl(205, 70%, 50%)", "hsl(145, 45%, 42%)", "hsl(35, 90%, 55%)",
            "hsl(280, 40%, 55%)", "hsl(0, 55%, 55%)");
    private static final String CENTRAL_COLOUR = "hsl(214, 60%, 52%)";
    private static final String ALLOCATED_COLOUR = "hsl(145, 45%, 42%)";
    private static final String OPEN_COLOUR = "hsl(0, 0%, 72%)";

    private final GroupDashboardService dashboards;
    private final SchoolYearService years;
    private final GroupDashboardExport exports;
    private final Catalogue catalogue;

    public GroupDashboardView(GroupDashboardService dashboards, SchoolYearService years, CatalogueService catalogueService,
                              GroupDashboardExport exports) {
        this.dashboards = dashboards;
        this.years = years;
        this.exports = exports;
        this.catalogue = catalogueService.catalogue();
    }

    @Override
    protected String titleKey() {
        return "dashboard.title";
    }

    @Override
    protected void render() {
        SchoolYear year = SelectedSchoolYear.get(years.years(), years.current());
        GroupDashboard dashboard = dashboards.dashboard(year);
        Paragraph intro = new Paragraph(getTranslation("dashboard.intro"));
        intro.addClassName("tw-intro");
        SchoolYearSelect yearSelect = new SchoolYearSelect(years, chosen -> {
            removeAll();
            render();
        });
        yearSelect.setLabel(getTranslation("year.label"));
        Div toolbar = new Div(yearSelect, downloads(year));
        toolbar.addClassName("tw-filters");

        add(new H2(getTranslation("dashboard.title")), intro, toolbar,
                new H3(getTranslation("dashboard.chart.coverage")), coverage(dashboard),
                new H3(getTranslation("dashboard.chart.clusters")), perSchool(dashboard, "dashboard-clusters-chart",
                        catalogue.clusters().stream().map(cluster -> new StackedBars.Series(cluster.name().in(getLocale()),
                                colour(catalogue.clusters().indexOf(cluster)),
                                values(dashboard, school -> dashboard.clusterHours(school, cluster.code())))).toList()),
                new H3(getTranslation("dashboard.chart.funding")), perSchool(dashboard, "dashboard-funding-chart",
                        catalogue.fundingSources().stream().map(source -> new StackedBars.Series(source.name().in(getLocale()),
                                colour(catalogue.fundingSources().indexOf(source)),
                                values(dashboard, school -> dashboard.fundingHours(school, source.code())))).toList()),
                new H3(getTranslation("dashboard.table")), table(dashboard));
        addChange(dashboard);
        add(new H3(getTranslation("dashboard.attention")), attention(dashboard));
        addOverHours(dashboard);
    }

    private Div downloads(SchoolYear year) {
        Locale locale = getLocale();
        Texts words = (key, arguments) -> getTranslation(locale, key, arguments);
        String name = getTranslation("export.file.dashboard", year.label());
        Div links = new Div(
                Downloads.link("export-dashboard-xlsx", getTranslation("export.action.xlsx"), name + ".xlsx", Downloads.XLSX,
                        () -> exports.xlsx(dashboards.dashboard(year), catalogue, locale, words)),
                Downloads.link("export-dashboard-csv", getTranslation("export.action.csv"), name + ".csv", Downloads.CSV,
                        () -> exports.csv(dashboards.dashboard(year), catalogue, locale, words)));
        links.addClassName("tw-downloads");
        return links;
    }

    private EChart coverage(GroupDashboard dashboard) {
        return perSchool(dashboard, "dashboard-coverage-chart", List.of(
                new StackedBars.Series(getTranslation("state.short.CENTRAL"), CENTRAL_COLOUR,
                        dashboard.schools().stream().map(school -> dashboard.of(school.id()).central()).toList()),
                new StackedBars.Series(getTranslation("state.short.ALLOCATED"), ALLOCATED_COLOUR,
                        dashboard.schools().stream().map(school -> dashboard.of(school.id()).allocated()).toList()),
                new StackedBars.Series(getTranslation("state.short.OPEN"), OPEN_COLOUR,
                        dashboard.schools().stream().map(school -> dashboard.open(dashboard.of(school.id()))).toList())));
    }

    private EChart perSchool(GroupDashboard dashboard, String id, List<StackedBars.Series> series) {
        EChart chart = new EChart(height(dashboard));
        chart.setId(id);
        chart.setOption(StackedBars.option(names(dashboard), series));
        return chart;
    }

    private static String height(GroupDashboard dashboard) {
        return (80 + 36 * dashboard.schools().size()) + "px";
    }

    private static List<String> names(GroupDashboard dashboard) {
        return dashboard.schools().stream().map(School::name).toList();
    }

    private static List<BigDecimal> values(GroupDashboard dashboard, Function<UUID, BigDecimal> hours) {
        return dashboard.schools().stream().map(school -> hours.apply(school.id())).toList();
    }

    private static String colour(int index) {
        return COLOURS.get(index % COLOURS.size());
    }

    /** The same numbers as the charts, for reading and for screen readers. */
    private DataTable<School> table(GroupDashboard dashboard) {
        DataTable<School> table = schoolTable("dashboard-table")
                .addNumberColumn(getTranslation("state.short.CENTRAL"), school -> String.valueOf(dashboard.of(school.id()).central()))
                .addNumberColumn(getTranslation("state.short.ALLOCATED"), school -> String.valueOf(dashboard.of(school.id()).allocated()))
                .addNumberColumn(getTranslation("state.short.OPEN"), school -> String.valueOf(dashboard.open(dashboard.of(school.id()))));
        catalogue.clusters().forEach(cluster -> table.addNumberColumn(cluster.name().in(getLocale()),
                school -> PlainNumber.of(dashboard.clusterHours(school.id(), cluster.code()))));
        table.addNumberColumn(getTranslation("dashboard.column.total"), school -> PlainNumber.of(dashboard.totalHours(school.id())));
        table.setItems(dashboard.schools());
        return table;
    }

    /** Per school last year beside this year: open tasks and own hours, as a chart and a table. */
    private void addChange(GroupDashboard dashboard) {
        SchoolYear previous = dashboard.year().previous();
        add(new H3(getTranslation("dashboard.change", previous.label())));
        if (dashboard.previousYear().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dashboard.change.none", previous.label()));
            none.setId("dashboard-change-none");
            add(none);
            return;
        }
        EChart chart = new EChart((80 + 56 * dashboard.schools().size()) + "px");
        chart.setId("dashboard-change-chart");
        chart.setOption(StackedBars.sideBySide(names(dashboard), List.of(
                new StackedBars.Series(previous.label(), OPEN_COLOUR,
                        values(dashboard, school -> dashboard.previous(school).orElseThrow().totalHours())),
                new StackedBars.Series(dashboard.year().label(), CENTRAL_COLOUR, values(dashboard, dashboard::totalHours)))));
        DataTable<School> table = schoolTable("dashboard-change")
                .addNumberColumn(getTranslation("dashboard.change.column.open"), school -> getTranslation("dashboard.change.from-to",
                        dashboard.open(previousOf(dashboard, school)), dashboard.open(dashboard.of(school.id()))))
                .addNumberColumn(getTranslation("dashboard.change.column.difference"), school -> signed(BigDecimal.valueOf(
                        dashboard.open(dashboard.of(school.id())) - dashboard.open(previousOf(dashboard, school)))))
                .addNumberColumn(getTranslation("dashboard.change.column.hours"), school -> getTranslation("dashboard.change.from-to",
                        PlainNumber.of(previousOf(dashboard, school).totalHours()), PlainNumber.of(dashboard.totalHours(school.id()))))
                .addNumberColumn(getTranslation("dashboard.change.column.difference"),
                        school -> signed(dashboard.totalHours(school.id()).subtract(previousOf(dashboard, school).totalHours())));
        table.setItems(dashboard.schools());
        add(chart, table);
    }

    private static SchoolFigures previousOf(GroupDashboard dashboard, School school) {
        return dashboard.previous(school.id()).orElseThrow();
    }

    /** Per school the warnings of its plan by kind, and which clusters rest on one person: where to look first. */
    private DataTable<School> attention(GroupDashboard dashboard) {
        DataTable<School> table = schoolTable("dashboard-attention");
        for (WarningKind kind : WarningKind.values()) {
            table.addNumberColumn(getTranslation("dashboard.warning." + kind.name()), school -> String.valueOf(dashboard.warnings(school.id(), kind)));
        }
        table.addColumn(getTranslation("dashboard.column.one-person-clusters"), school -> catalogue.clusters().stream()
                .filter(cluster -> dashboard.of(school.id()).clustersOnOnePerson().contains(cluster.code()))
                .map(cluster -> cluster.name().in(getLocale())).collect(Collectors.joining(", ")));
        table.setItems(dashboard.schools());
        return table;
    }

    private void addOverHours(GroupDashboard dashboard) {
        add(new H3(getTranslation("dashboard.over-hours")));
        if (dashboard.overHours().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dashboard.over-hours.none"));
            none.setId("dashboard-over-hours-none");
            add(none);
            return;
        }
        Map<UUID, School> schools = dashboard.schools().stream().collect(Collectors.toMap(School::id, school -> school));
        Map<String, String> funding = catalogue.fundingSources().stream()
                .collect(Collectors.toMap(source -> source.code(), source -> source.name().in(getLocale())));
        DataTable<PersonOverHours> table = new DataTable<PersonOverHours>()
                .addLinkColumn(getTranslation("school.name"), person -> schools.get(person.schoolId()).name(),
                        person -> schoolPath(schools.get(person.schoolId())))
                .addColumn(getTranslation("person.column.name"), PersonOverHours::name)
                .addColumn(getTranslation("dashboard.over-hours.funding"), person -> funding.getOrDefault(person.fundingCode(), person.fundingCode()))
                .addNumberColumn(getTranslation("dashboard.over-hours.allocated"), person -> PlainNumber.of(person.allocated()))
                .addNumberColumn(getTranslation("dashboard.over-hours.available"), person -> PlainNumber.of(person.available()))
                .addNumberColumn(getTranslation("dashboard.over-hours.excess"), person -> PlainNumber.of(person.excess()));
        table.setId("dashboard-over-hours");
        table.setItems(dashboard.overHours());
        Paragraph intro = new Paragraph(getTranslation("dashboard.over-hours.intro"));
        intro.addClassName("tw-intro");
        add(intro, table);
    }

    private DataTable<School> schoolTable(String id) {
        DataTable<School> table = new DataTable<School>().addLinkColumn(getTranslation("school.name"), School::name, this::schoolPath);
        table.setId(id);
        return table;
    }

    private String schoolPath(School school) {
        return RouteConfiguration.forApplicationScope().getUrl(SchoolPlanView.class, new RouteParameters("schoolId", school.id().toString()));
    }

    private static String signed(BigDecimal change) {
        String plain = PlainNumber.of(change);
        return change.signum() > 0 ? "+" + plain : plain;
    }
}
