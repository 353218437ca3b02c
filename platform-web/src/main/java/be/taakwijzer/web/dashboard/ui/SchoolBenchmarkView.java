package be.taakwijzer.web.dashboard.ui;

import java.util.List;

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
import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.SchoolYearService;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueService;
import be.taakwijzer.dashboard.SchoolBenchmark;
import be.taakwijzer.dashboard.SchoolBenchmark.ClusterComparison;
import be.taakwijzer.dashboard.SchoolBenchmarkService;
import be.taakwijzer.tenancy.School;
import be.taakwijzer.tenancy.SchoolService;
import be.taakwijzer.ui.LocalizedPage;
import be.taakwijzer.ui.chart.EChart;
import be.taakwijzer.web.allocation.ui.SchoolYearSelect;
import be.taakwijzer.web.allocation.ui.SelectedSchoolYear;
import jakarta.annotation.security.RolesAllowed;

/**
 * A school's own hours per cluster beside the median and spread of comparable schools of the umbrella:
 * a director sees their own school, the group's ICT staff choose any school of the group.
 */
@Route("vergelijken")
@RolesAllowed({"GROUP_ICT_STAFF", "SCHOOL_DIRECTOR"})
public class SchoolBenchmarkView extends LocalizedPage {

    private final SchoolBenchmarkService benchmarks;
    private final SchoolYearService years;
    private final Catalogue catalogue;
    private final List<School> schools;
    private School school;

    public SchoolBenchmarkView(SchoolBenchmarkService benchmarks, SchoolYearService years, SchoolService schoolService,
                               CatalogueService catalogueService) {
        this.benchmarks = benchmarks;
        this.years = years;
        this.catalogue = catalogueService.catalogue();
        // a director's list holds only their own school
        this.schools = schoolService.memberSchools();
        this.school = schools.isEmpty() ? null : schools.getFirst();
    }

    @Override
    protected String titleKey() {
        return "benchmark.title";
    }

    @Override
    protected void render() {
        add(new H2(getTranslation("benchmark.title")));
        if (school == null) {
            return;
        }
        SchoolYear year = SelectedSchoolYear.get(years.years(), years.current());
        SchoolBenchmark benchmark = benchmarks.benchmark(school.id(), year);
        SuppressedText text = new SuppressedText(this::getTranslation, benchmark.minimumSchools());

        Select<School> schoolSelect = new Select<>();
        schoolSelect.setId("benchmark-school");
        schoolSelect.setLabel(getTranslation("benchmark.school"));
        schoolSelect.setItemLabelGenerator(School::name);
        schoolSelect.setItems(schools);
        schoolSelect.setValue(school);
        schoolSelect.setVisible(schools.size() > 1);
        schoolSelect.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                school = change.getValue();
                rerender();
            }
        });
        SchoolYearSelect yearSelect = new SchoolYearSelect(years, chosen -> rerender());
        yearSelect.setLabel(getTranslation("year.label"));
        Div toolbar = new Div(schoolSelect, yearSelect);
        toolbar.addClassName("tw-filters");
        Paragraph intro = new Paragraph(getTranslation("benchmark.intro", getTranslation("umbrella.band." + benchmark.band().name())));
        intro.addClassName("tw-intro");
        Paragraph note = new Paragraph(getTranslation("umbrella.note", benchmark.minimumSchools()));
        note.setId("benchmark-anonymity-note");
        note.addClassName("tw-intro");

        List<ClusterComparison> clusters = benchmark.clusters();
        EChart chart = new EChart("320px");
        chart.setId("benchmark-chart");
        chart.setOption(QuartileChart.option(clusters.stream().map(this::cluster).toList(),
                List.of(new QuartileChart.Boxes(getTranslation("benchmark.series.comparable"), "hsl(205, 70%, 50%)",
                        clusters.stream().map(c -> c.suppressed() ? null : new QuartileChart.Quartiles(c.p25(), c.median(), c.p75())).toList())),
                new QuartileChart.Points(getTranslation("benchmark.series.own"), "hsl(35, 90%, 55%)",
                        clusters.stream().map(ClusterComparison::ownHours).toList())));

        Grid<ClusterComparison> grid = new Grid<>();
        grid.setId("benchmark-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(this::cluster).setHeader(getTranslation("benchmark.column.cluster")).setFlexGrow(2);
        grid.addColumn(c -> PlainNumber.of(c.ownHours())).setHeader(getTranslation("benchmark.column.own"))
                .setTextAlign(ColumnTextAlign.END).setKey("own");
        grid.addColumn(c -> text.hours(c.median(), c.suppressed())).setHeader(getTranslation("benchmark.column.median"))
                .setTextAlign(ColumnTextAlign.END).setKey("median");
        grid.addColumn(c -> c.suppressed() ? text.suppressed() : PlainNumber.of(c.p25()) + " - " + PlainNumber.of(c.p75()))
                .setHeader(getTranslation("benchmark.column.spread")).setTextAlign(ColumnTextAlign.END).setKey("spread");
        grid.addColumn(c -> text.count(c.schools(), c.suppressed())).setHeader(getTranslation("benchmark.column.schools"))
                .setTextAlign(ColumnTextAlign.END).setKey("schools");
        grid.setItems(clusters);

        add(intro, toolbar, note, new H3(getTranslation("benchmark.chart")), chart, grid);
    }

    private void rerender() {
        removeAll();
        render();
    }

    private String cluster(ClusterComparison comparison) {
        return catalogue.cluster(comparison.clusterCode()).map(c -> c.name().in(getLocale())).orElse(comparison.clusterCode());
    }
}
