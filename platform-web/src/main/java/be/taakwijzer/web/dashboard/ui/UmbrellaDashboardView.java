package be.taakwijzer.web.dashboard.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;

import be.taakwijzer.shared.PlainNumber;
import be.taakwijzer.allocation.PersonRole;
import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.SchoolYearService;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueService;
import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.catalogue.Cluster;
import be.taakwijzer.dashboard.SizeBand;
import be.taakwijzer.dashboard.UmbrellaDashboard;
import be.taakwijzer.dashboard.UmbrellaDashboard.ClusterHours;
import be.taakwijzer.dashboard.UmbrellaDashboard.Gap;
import be.taakwijzer.dashboard.UmbrellaDashboard.RoleShare;
import be.taakwijzer.dashboard.UmbrellaDashboard.TaskCoverage;
import be.taakwijzer.dashboard.UmbrellaDashboardService;
import be.taakwijzer.ui.LocalizedPage;
import be.taakwijzer.ui.chart.EChart;
import be.taakwijzer.ui.chart.StackedBars;
import jakarta.annotation.security.RolesAllowed;

/**
 * The umbrella adviser's dashboard: over all school groups of the umbrella, in aggregates only, as charts
 * and as tables of the same numbers. A figure about too few schools reads "< 5 scholen", with the rule explained.
 */
@Route("koepel")
@RolesAllowed("UMBRELLA_ADVISER")
public class UmbrellaDashboardView extends LocalizedPage {

    private static final List<String> COLOURS = List.of("hsl(205, 70%, 50%)", "hsl(145, 45%, 42%)", "hsl(35, 90%, 55%)",
            "hsl(280, 40%, 55%)", "hsl(0, 55%, 55%)");

    private final UmbrellaDashboardService dashboards;
    private final Catalogue catalogue;
    private final List<SchoolYear> years;
    private SchoolYear year;

    public UmbrellaDashboardView(UmbrellaDashboardService dashboards, SchoolYearService schoolYears, CatalogueService catalogueService) {
        this.dashboards = dashboards;
        this.catalogue = catalogueService.catalogue();
        this.years = dashboards.years();
        SchoolYear current = schoolYears.current();
        // the current year when the groups have it, else their latest
        this.year = years.contains(current) || years.isEmpty() ? current : years.getLast();
    }

    @Override
    protected String titleKey() {
        return "umbrella.title";
    }

    @Override
    protected void render() {
        UmbrellaDashboard dashboard = dashboards.dashboard(year);
        SuppressedText text = new SuppressedText(this::getTranslation, dashboard.minimumSchools());
        Paragraph intro = new Paragraph(getTranslation("umbrella.intro"));
        intro.addClassName("tw-intro");
        Select<SchoolYear> yearSelect = new Select<>();
        yearSelect.setId("umbrella-year");
        yearSelect.setLabel(getTranslation("year.label"));
        yearSelect.setItemLabelGenerator(SchoolYear::label);
        yearSelect.setItems(years.isEmpty() ? List.of(year) : years);
        yearSelect.setValue(year);
        yearSelect.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                year = change.getValue();
                removeAll();
                render();
            }
        });
        Div toolbar = new Div(yearSelect);
        toolbar.addClassName("tw-filters");
        Paragraph note = new Paragraph(getTranslation("umbrella.note", dashboard.minimumSchools()));
        note.setId("umbrella-anonymity-note");
        note.addClassName("tw-intro");
        add(new H2(getTranslation("umbrella.title")), intro, toolbar, note);
        if (dashboard.suppressed()) {
            Paragraph tooFew = new Paragraph(getTranslation("umbrella.too-few", dashboard.minimumSchools()));
            tooFew.setId("umbrella-too-few");
            add(tooFew);
            return;
        }
        Paragraph schools = new Paragraph(getTranslation("umbrella.schools", dashboard.schools()));
        schools.setId("umbrella-schools");
        add(schools);
        addCoverage(dashboard, text);
        addClusterHours(dashboard, text);
        addRoles(dashboard, text);
        addGaps(dashboard, text);
    }

    private void addCoverage(UmbrellaDashboard dashboard, SuppressedText text) {
        List<TaskCoverage> coverage = dashboard.coverage();
        EChart chart = new EChart((80 + 36 * coverage.size()) + "px");
        chart.setId("umbrella-coverage-chart");
        chart.setOption(StackedBars.option(coverage.stream().map(c -> task(c.taskCode())).toList(), List.of(new StackedBars.Series(
                getTranslation("umbrella.coverage.series"), COLOURS.getFirst(),
                coverage.stream().map(c -> c.suppressed() ? null : c.share().movePointRight(2)).toList()))));
        Grid<TaskCoverage> grid = grid("umbrella-coverage");
        grid.addColumn(c -> task(c.taskCode())).setHeader(getTranslation("umbrella.coverage.column.task")).setFlexGrow(4);
        grid.addColumn(c -> text.count(c.schools(), c.suppressed())).setHeader(getTranslation("umbrella.coverage.column.schools"))
                .setTextAlign(ColumnTextAlign.END).setKey("schools");
        grid.addColumn(c -> text.percent(c.share(), c.suppressed())).setHeader(getTranslation("umbrella.coverage.column.share"))
                .setTextAlign(ColumnTextAlign.END).setKey("share");
        grid.addColumn(c -> c.providers().stream().map(p -> provider(p.providerCode()) + ": " + text.count(p.schools(), p.suppressed()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("umbrella.coverage.column.providers")).setFlexGrow(3)
                .setKey("providers");
        grid.setItems(coverage);
        add(new H3(getTranslation("umbrella.coverage.title")), new Paragraph(getTranslation("umbrella.coverage.chart")), chart, grid);
    }

    private void addClusterHours(UmbrellaDashboard dashboard, SuppressedText text) {
        List<SizeBand> bands = Arrays.stream(SizeBand.values())
                .filter(band -> dashboard.clusterHours().stream().anyMatch(cell -> cell.band() == band)).toList();
        Map<String, ClusterHours> cells = dashboard.clusterHours().stream()
                .collect(Collectors.toMap(cell -> cell.band() + "/" + cell.clusterCode(), cell -> cell));
        EChart chart = new EChart("360px");
        chart.setId("umbrella-hours-chart");
        chart.setOption(QuartileChart.option(catalogue.clusters().stream().map(this::cluster).toList(),
                bands.stream().map(band -> new QuartileChart.Boxes(getTranslation("umbrella.band." + band.name()),
                        COLOURS.get(band.ordinal() % COLOURS.size()), catalogue.clusters().stream().map(cluster -> {
                            ClusterHours cell = cells.get(band + "/" + cluster.code());
                            return cell == null || cell.suppressed() ? null : new QuartileChart.Quartiles(cell.p25(), cell.median(), cell.p75());
                        }).toList())).toList(), null));
        Grid<ClusterHours> grid = grid("umbrella-hours");
        grid.addColumn(cell -> getTranslation("umbrella.band." + cell.band().name())).setHeader(getTranslation("umbrella.hours.column.band"))
                .setFlexGrow(2);
        grid.addColumn(cell -> catalogue.cluster(cell.clusterCode()).map(this::cluster).orElse(cell.clusterCode()))
                .setHeader(getTranslation("umbrella.hours.column.cluster")).setFlexGrow(2);
        grid.addColumn(cell -> text.count(cell.schools(), cell.suppressed())).setHeader(getTranslation("umbrella.hours.column.schools"))
                .setTextAlign(ColumnTextAlign.END).setKey("schools");
        grid.addColumn(cell -> text.hours(cell.median(), cell.suppressed())).setHeader(getTranslation("umbrella.hours.column.median"))
                .setTextAlign(ColumnTextAlign.END).setKey("median");
        grid.addColumn(cell -> cell.suppressed() ? text.suppressed() : PlainNumber.of(cell.p25()) + " - " + PlainNumber.of(cell.p75()))
                .setHeader(getTranslation("umbrella.hours.column.spread")).setTextAlign(ColumnTextAlign.END).setKey("spread");
        // small schools first, and the clusters in the guide's order
        List<String> clusterOrder = catalogue.clusters().stream().map(cluster -> cluster.code()).toList();
        grid.setItems(dashboard.clusterHours().stream().sorted(Comparator.comparing((ClusterHours cell) -> cell.band().ordinal())
                .thenComparing(cell -> clusterOrder.indexOf(cell.clusterCode()))).toList());
        add(new H3(getTranslation("umbrella.hours.title")), new Paragraph(getTranslation("umbrella.hours.explanation")), chart, grid);
    }

    /** Roles down, clusters across; each cell the role's share of the cluster's hours and at how many schools. */
    private void addRoles(UmbrellaDashboard dashboard, SuppressedText text) {
        Map<String, RoleShare> cells = dashboard.roles().stream().collect(Collectors.toMap(r -> r.role() + "/" + r.clusterCode(), r -> r));
        List<PersonRole> roles = Arrays.stream(PersonRole.values())
                .filter(role -> dashboard.roles().stream().anyMatch(r -> r.role() == role)).toList();
        Grid<PersonRole> grid = grid("umbrella-roles");
        grid.addColumn(role -> getTranslation("person.role." + role.name())).setHeader(getTranslation("umbrella.roles.column.role"))
                .setFlexGrow(2);
        for (Cluster cluster : catalogue.clusters()) {
            grid.addColumn(role -> {
                RoleShare cell = cells.get(role + "/" + cluster.code());
                if (cell == null) {
                    return "";
                }
                return cell.suppressed() ? text.suppressed()
                        : getTranslation("umbrella.roles.cell", SuppressedText.percent(cell.hoursShare()), cell.schools());
            }).setHeader(cluster(cluster)).setTextAlign(ColumnTextAlign.END).setKey(cluster.code());
        }
        grid.setItems(roles);
        add(new H3(getTranslation("umbrella.roles.title")), new Paragraph(getTranslation("umbrella.roles.explanation")), grid);
    }

    private void addGaps(UmbrellaDashboard dashboard, SuppressedText text) {
        Grid<Gap> grid = grid("umbrella-gaps");
        grid.addColumn(gap -> task(gap.taskCode())).setHeader(getTranslation("umbrella.gaps.column.task")).setFlexGrow(4);
        grid.addColumn(gap -> text.count(gap.schools(), gap.suppressed())).setHeader(getTranslation("umbrella.gaps.column.schools"))
                .setTextAlign(ColumnTextAlign.END).setKey("schools");
        grid.addColumn(gap -> text.percent(gap.share(), gap.suppressed())).setHeader(getTranslation("umbrella.gaps.column.share"))
                .setTextAlign(ColumnTextAlign.END).setKey("share");
        grid.setItems(dashboard.gaps());
        add(new H3(getTranslation("umbrella.gaps.title")), new Paragraph(getTranslation("umbrella.gaps.explanation")), grid);
    }

    private <T> Grid<T> grid(String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String task(String code) {
        return catalogue.tasks().stream().filter(t -> t.code().equals(code)).findFirst().map(CatalogueTask::name)
                .map(name -> name.in(getLocale())).orElse(code);
    }

    private String provider(String code) {
        var provider = catalogue.providersByCode().get(code);
        return provider == null ? code : provider.name().in(getLocale());
    }

    private String cluster(Cluster cluster) {
        return cluster.name().in(getLocale());
    }
}
