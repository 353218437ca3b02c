package be.taakwijzer.web.dashboard.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;

import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.SchoolYearService;
import be.taakwijzer.allocation.WarningKind;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueService;
import be.taakwijzer.dashboard.GroupDashboard;
import be.taakwijzer.dashboard.GroupDashboardService;
import be.taakwijzer.tenancy.School;
import be.taakwijzer.ui.LocalizedPage;
import be.taakwijzer.ui.chart.EChart;
import be.taakwijzer.ui.chart.StackedBars;
import be.taakwijzer.web.allocation.ui.SchoolYearSelect;
import be.taakwijzer.web.allocation.ui.SelectedSchoolYear;
import jakarta.annotation.security.RolesAllowed;

/**
 * How the group's schools spread their own hours: per school the hours per cluster and per funding
 * source, as charts and as a table of the same numbers.
 */
@Route("dashboard")
@RolesAllowed("GROUP_ICT_STAFF")
public class GroupDashboardView extends LocalizedPage {

    private static final List<String> COLOURS = List.of("hsl(205, 70%, 50%)", "hsl(145, 45%, 42%)", "hsl(35, 90%, 55%)",
            "hsl(280, 40%, 55%)", "hsl(0, 55%, 55%)");

    private final GroupDashboardService dashboards;
    private final SchoolYearService years;
    private final Catalogue catalogue;

    public GroupDashboardView(GroupDashboardService dashboards, SchoolYearService years, CatalogueService catalogueService) {
        this.dashboards = dashboards;
        this.years = years;
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
        Div toolbar = new Div(yearSelect);
        toolbar.addClassName("tw-filters");

        List<String> schoolNames = dashboard.schools().stream().map(School::name).toList();
        String height = (80 + 36 * dashboard.schools().size()) + "px";
        EChart clusters = new EChart(height);
        clusters.setId("dashboard-clusters-chart");
        clusters.setOption(StackedBars.option(schoolNames, catalogue.clusters().stream().map(cluster -> new StackedBars.Series(
                cluster.name().in(getLocale()), colour(catalogue.clusters().indexOf(cluster)),
                values(dashboard, school -> dashboard.clusterHours(school, cluster.code())))).toList()));
        EChart funding = new EChart(height);
        funding.setId("dashboard-funding-chart");
        funding.setOption(StackedBars.option(schoolNames, catalogue.fundingSources().stream().map(source -> new StackedBars.Series(
                source.name().in(getLocale()), colour(catalogue.fundingSources().indexOf(source)),
                values(dashboard, school -> dashboard.fundingHours(school, source.code())))).toList()));

        add(new H2(getTranslation("dashboard.title")), intro, toolbar,
                new H3(getTranslation("dashboard.chart.clusters")), clusters,
                new H3(getTranslation("dashboard.chart.funding")), funding,
                new H3(getTranslation("dashboard.table")), table(dashboard),
                new H3(getTranslation("dashboard.attention")), attention(dashboard));
    }

    private static List<BigDecimal> values(GroupDashboard dashboard, Function<UUID, BigDecimal> hours) {
        return dashboard.schools().stream().map(school -> hours.apply(school.id())).toList();
    }

    private static String colour(int index) {
        return COLOURS.get(index % COLOURS.size());
    }

    /** The same numbers as the charts, for reading and for screen readers. */
    private Grid<School> table(GroupDashboard dashboard) {
        Grid<School> grid = new Grid<>();
        grid.setId("dashboard-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(School::name).setHeader(getTranslation("school.name")).setFlexGrow(2);
        catalogue.clusters().forEach(cluster -> grid.addColumn(school -> hours(dashboard.clusterHours(school.id(), cluster.code())))
                .setHeader(cluster.name().in(getLocale())).setTextAlign(ColumnTextAlign.END).setKey(cluster.code()));
        grid.addColumn(school -> hours(dashboard.totalHours(school.id()))).setHeader(getTranslation("dashboard.column.total"))
                .setTextAlign(ColumnTextAlign.END).setKey("total");
        grid.setItems(dashboard.schools());
        return grid;
    }

    /** Per school the warnings of its plan by kind: where to look first. */
    private Grid<School> attention(GroupDashboard dashboard) {
        Grid<School> grid = new Grid<>();
        grid.setId("dashboard-attention");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(School::name).setHeader(getTranslation("school.name")).setFlexGrow(2);
        for (WarningKind kind : WarningKind.values()) {
            grid.addColumn(school -> dashboard.warnings(school.id(), kind)).setHeader(getTranslation("dashboard.warning." + kind.name()))
                    .setTextAlign(ColumnTextAlign.END).setKey(kind.name());
        }
        grid.setItems(dashboard.schools());
        return grid;
    }

    private static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }
}
