package be.taakwijzer.allocation.export;

import be.taakwijzer.shared.export.Texts;
import be.taakwijzer.shared.export.CsvFile;
import be.taakwijzer.shared.export.Spreadsheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import be.taakwijzer.allocation.PlanWarning;
import be.taakwijzer.allocation.PlanWarnings;
import be.taakwijzer.allocation.SchoolPerson;
import be.taakwijzer.allocation.SchoolPlan;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.FundingSource;

/** A school's plan as a spreadsheet (tasks, people, warnings) and as CSV (the tasks). */
@Component
public class SchoolPlanExport {

    public byte[] xlsx(SchoolPlan plan, List<PlanWarning> warnings, Catalogue catalogue, Locale locale, Texts texts) {
        PlanWording wording = new PlanWording(catalogue, locale, texts);
        try (Spreadsheet workbook = new Spreadsheet()) {
            workbook.sheet(texts.text("export.sheet.tasks"), taskHeaders(texts), taskRows(plan, catalogue, wording), 22, 20, 60, 16, 24, 24, 10, 16, 40);
            workbook.sheet(texts.text("export.sheet.people"), peopleHeaders(catalogue, wording), peopleRows(plan, catalogue, wording), 24, 26);
            workbook.sheet(texts.text("export.sheet.warnings"), List.of(texts.text("export.sheet.warnings")),
                    warnings.stream().map(w -> List.<Object>of(wording.warning(w, plan))).toList(), 120);
            return workbook.bytes();
        }
    }

    public byte[] csv(SchoolPlan plan, Catalogue catalogue, Locale locale, Texts texts) {
        PlanWording wording = new PlanWording(catalogue, locale, texts);
        return CsvFile.of(taskHeaders(texts), taskRows(plan, catalogue, wording), !"en".equals(locale.getLanguage()));
    }

    static List<String> taskHeaders(Texts texts) {
        return List.of(texts.text("catalogue.column.cluster"), texts.text("catalogue.filter.level"), texts.text("catalogue.column.task"),
                texts.text("plan.column.state"), texts.text("plan.column.who"), texts.text("person.column.role"),
                texts.text("allocation.column.hours"), texts.text("allocation.column.funding"), texts.text("allocation.column.note"));
    }

    static List<List<Object>> taskRows(SchoolPlan plan, Catalogue catalogue, PlanWording wording) {
        return PlanRow.of(plan, catalogue, wording).stream().map(row -> {
            List<Object> cells = new ArrayList<>();
            cells.add(wording.cluster(row.task().clusterCode()));
            cells.add(wording.level(row.task().levelCode()));
            cells.add(wording.task(row.task().code()));
            cells.add(wording.state(row.state()));
            cells.add(row.who());
            cells.add(row.role());
            cells.add(row.hours());
            cells.add(row.funding());
            cells.add(row.note());
            return cells;
        }).toList();
    }

    private static List<String> peopleHeaders(Catalogue catalogue, PlanWording wording) {
        List<String> headers = new ArrayList<>(List.of(wording.text("person.column.name"), wording.text("person.column.role")));
        for (FundingSource funding : catalogue.fundingSources()) {
            headers.add(wording.text("export.column.available", wording.funding(funding.code())));
            headers.add(wording.text("export.column.allocated", wording.funding(funding.code())));
        }
        headers.add(wording.text("person.column.competences"));
        return headers;
    }

    private static List<List<Object>> peopleRows(SchoolPlan plan, Catalogue catalogue, PlanWording wording) {
        Map<UUID, Map<String, BigDecimal>> allocated = PlanWarnings.allocatedHours(plan.ownAllocations());
        List<List<Object>> rows = new ArrayList<>();
        for (SchoolPerson person : plan.people()) {
            List<Object> cells = new ArrayList<>(List.of(person.name(), wording.role(person)));
            for (FundingSource funding : catalogue.fundingSources()) {
                cells.add(person.availableHours(funding.code()));
                cells.add(allocated.getOrDefault(person.id(), Map.of()).getOrDefault(funding.code(), BigDecimal.ZERO));
            }
            cells.add(wording.competences(person));
            rows.add(cells);
        }
        return rows;
    }
}
