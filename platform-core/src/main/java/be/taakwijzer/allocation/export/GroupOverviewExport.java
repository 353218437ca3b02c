package be.taakwijzer.allocation.export;

import be.taakwijzer.shared.export.Texts;
import be.taakwijzer.shared.export.CsvFile;
import be.taakwijzer.shared.export.Spreadsheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import be.taakwijzer.allocation.GroupOverview;
import be.taakwijzer.allocation.TaskState;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.tenancy.School;

/** The group overview (tasks × schools: central / allocated / open, with counts) as xlsx and csv. */
@Component
public class GroupOverviewExport {

    public byte[] xlsx(GroupOverview overview, List<CatalogueTask> tasks, Catalogue catalogue, Locale locale, Texts texts) {
        try (Spreadsheet workbook = new Spreadsheet()) {
            int[] widths = new int[3 + overview.schools().size()];
            widths[0] = 22;
            widths[1] = 20;
            widths[2] = 60;
            for (int i = 3; i < widths.length; i++) {
                widths[i] = 18;
            }
            workbook.sheet(texts.text("overview.title"), headers(overview, texts), rows(overview, tasks, catalogue, locale, texts), widths);
            return workbook.bytes();
        }
    }

    public byte[] csv(GroupOverview overview, List<CatalogueTask> tasks, Catalogue catalogue, Locale locale, Texts texts) {
        return CsvFile.of(headers(overview, texts), rows(overview, tasks, catalogue, locale, texts), !"en".equals(locale.getLanguage()));
    }

    private static List<String> headers(GroupOverview overview, Texts texts) {
        List<String> headers = new ArrayList<>(List.of(texts.text("catalogue.column.cluster"), texts.text("catalogue.filter.level"),
                texts.text("catalogue.column.task")));
        overview.schools().forEach(school -> headers.add(school.name() + " (" + school.instellingsnummer().value() + ")"));
        return headers;
    }

    /** One row per task, then one count row per state. */
    private static List<List<Object>> rows(GroupOverview overview, List<CatalogueTask> tasks, Catalogue catalogue, Locale locale, Texts texts) {
        PlanWording wording = new PlanWording(catalogue, locale, texts);
        List<List<Object>> rows = new ArrayList<>();
        for (CatalogueTask task : tasks) {
            List<Object> row = new ArrayList<>(List.of(wording.cluster(task.clusterCode()), wording.level(task.levelCode()),
                    wording.task(task.code())));
            overview.schools().forEach(school -> row.add(wording.state(overview.state(school.id(), task.code()))));
            rows.add(row);
        }
        List<String> codes = tasks.stream().map(CatalogueTask::code).toList();
        for (TaskState state : TaskState.values()) {
            List<Object> row = new ArrayList<>(List.of("", "", texts.text("export.count", wording.state(state))));
            for (School school : overview.schools()) {
                row.add(overview.count(school.id(), codes, state));
            }
            rows.add(row);
        }
        return rows;
    }
}
