package be.taakwijzer.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import be.taakwijzer.allocation.WarningKind;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.dashboard.GroupDashboard.PersonOverHours;
import be.taakwijzer.dashboard.GroupDashboard.SchoolFigures;
import be.taakwijzer.shared.export.CsvFile;
import be.taakwijzer.shared.export.Spreadsheet;
import be.taakwijzer.shared.export.Texts;
import be.taakwijzer.tenancy.School;

/**
 * The group dashboard's numbers as files: one row per school (coverage, own hours per cluster and per
 * funding source, the year before, warnings) and, in the workbook, the people over their hours.
 */
@Component
public class GroupDashboardExport {

    public byte[] xlsx(GroupDashboard dashboard, Catalogue catalogue, Locale locale, Texts texts) {
        try (Spreadsheet workbook = new Spreadsheet()) {
            List<String> headers = schoolHeaders(dashboard, catalogue, locale, texts);
            int[] widths = new int[headers.size()];
            Arrays.fill(widths, 14);
            widths[0] = 34;
            workbook.sheet(texts.text("dashboard.export.sheet.schools"), headers, schoolRows(dashboard, catalogue), widths);
            workbook.sheet(texts.text("dashboard.export.sheet.over-hours"), overHoursHeaders(texts), overHoursRows(dashboard, catalogue, locale),
                    34, 30, 20, 14, 14, 14);
            return workbook.bytes();
        }
    }

    public byte[] csv(GroupDashboard dashboard, Catalogue catalogue, Locale locale, Texts texts) {
        return CsvFile.of(schoolHeaders(dashboard, catalogue, locale, texts), schoolRows(dashboard, catalogue),
                !"en".equals(locale.getLanguage()));
    }

    private static List<String> schoolHeaders(GroupDashboard dashboard, Catalogue catalogue, Locale locale, Texts texts) {
        List<String> headers = new ArrayList<>(List.of(texts.text("school.name"), texts.text("school.instellingsnummer"),
                texts.text("state.CENTRAL"), texts.text("state.ALLOCATED"), texts.text("state.OPEN")));
        catalogue.clusters().forEach(cluster -> headers.add(texts.text("dashboard.export.hours", cluster.name().in(locale))));
        catalogue.fundingSources().forEach(source -> headers.add(texts.text("dashboard.export.hours", source.name().in(locale))));
        headers.add(texts.text("dashboard.column.total"));
        dashboard.previousYear().ifPresent(previous -> {
            headers.add(texts.text("dashboard.export.previous.open", previous.label()));
            headers.add(texts.text("dashboard.export.previous.total", previous.label()));
        });
        for (WarningKind kind : WarningKind.values()) {
            headers.add(texts.text("dashboard.warning." + kind.name()));
        }
        return headers;
    }

    private static List<List<Object>> schoolRows(GroupDashboard dashboard, Catalogue catalogue) {
        List<List<Object>> rows = new ArrayList<>();
        for (School school : dashboard.schools()) {
            SchoolFigures figures = dashboard.of(school.id());
            List<Object> row = new ArrayList<>(List.of(school.name(), school.instellingsnummer().value(), figures.central(),
                    figures.allocated(), dashboard.open(figures)));
            catalogue.clusters().forEach(cluster -> row.add(dashboard.clusterHours(school.id(), cluster.code())));
            catalogue.fundingSources().forEach(source -> row.add(dashboard.fundingHours(school.id(), source.code())));
            row.add(figures.totalHours());
            dashboard.previous(school.id()).ifPresent(previous -> {
                row.add(dashboard.open(previous));
                row.add(previous.totalHours());
            });
            for (WarningKind kind : WarningKind.values()) {
                row.add(dashboard.warnings(school.id(), kind));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> overHoursHeaders(Texts texts) {
        return List.of(texts.text("school.name"), texts.text("person.column.name"), texts.text("dashboard.over-hours.funding"),
                texts.text("dashboard.over-hours.allocated"), texts.text("dashboard.over-hours.available"),
                texts.text("dashboard.over-hours.excess"));
    }

    private static List<List<Object>> overHoursRows(GroupDashboard dashboard, Catalogue catalogue, Locale locale) {
        Map<UUID, String> schoolNames = dashboard.schools().stream().collect(Collectors.toMap(School::id, School::name));
        Function<String, String> funding = code -> catalogue.fundingSources().stream().filter(source -> source.code().equals(code))
                .findFirst().map(source -> source.name().in(locale)).orElse(code);
        List<List<Object>> rows = new ArrayList<>();
        for (PersonOverHours person : dashboard.overHours()) {
            rows.add(List.<Object>of(schoolNames.getOrDefault(person.schoolId(), ""), person.name(), funding.apply(person.fundingCode()),
                    person.allocated(), person.available(), person.excess()));
        }
        return rows;
    }
}
