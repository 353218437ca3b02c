package be.taakwijzer.allocation.export;

import be.taakwijzer.shared.PlainNumber;
import be.taakwijzer.shared.export.Texts;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import be.taakwijzer.allocation.PlanWarning;
import be.taakwijzer.allocation.PlanWarnings;
import be.taakwijzer.allocation.SchoolPerson;
import be.taakwijzer.allocation.SchoolPlan;
import be.taakwijzer.allocation.TaskState;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.Cluster;

/**
 * An A4 summary of a school's plan that a director can add to the school's ICT-beleidsplan: per
 * cluster who takes which task, hours per funding source, the people, and the warnings.
 */
@Component
public class SchoolPlanPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Color HEADER_BACKGROUND = new Color(225, 236, 245);

    public byte[] pdf(SchoolPlan plan, List<PlanWarning> warnings, Catalogue catalogue, Locale locale, LocalDate today, Texts texts) {
        PlanWording wording = new PlanWording(catalogue, locale, texts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        document.addTitle(texts.text("export.pdf.title") + " " + plan.school().name() + " " + plan.year().label());
        document.add(new Paragraph(texts.text("export.pdf.title"), TITLE));
        document.add(new Paragraph(texts.text("export.pdf.subtitle", plan.school().name(), plan.school().instellingsnummer().value(),
                plan.year().label()), HEADING));
        long central = catalogue.tasks().stream().filter(t -> plan.state(t.code()) == TaskState.CENTRAL).count();
        long allocated = catalogue.tasks().stream().filter(t -> plan.state(t.code()) == TaskState.ALLOCATED).count();
        long open = catalogue.tasks().size() - central - allocated;
        document.add(new Paragraph(texts.text("state.count.CENTRAL", central) + " · " + texts.text("state.count.ALLOCATED", allocated)
                + " · " + texts.text("state.count.OPEN", open), TEXT));

        // one line per task: who takes it with their hours, as the director reads it aloud
        for (Cluster cluster : catalogue.clusters()) {
            document.add(spaced(new Paragraph(cluster.name().in(locale), HEADING)));
            PdfPTable table = table(new float[] {5, 4}, texts.text("catalogue.column.task"), texts.text("plan.column.who"));
            catalogue.tasks().stream().filter(task -> task.clusterCode().equals(cluster.code())).forEach(task -> {
                TaskState state = plan.state(task.code());
                table.addCell(cell(wording.task(task.code()), TEXT));
                String who = switch (state) {
                    case CENTRAL -> texts.text("export.pdf.central", wording.provider(plan.coveringProvider(task.code()).orElseThrow()));
                    case ALLOCATED -> wording.shares(plan.allocation(task.code()).orElseThrow(), plan);
                    case OPEN -> texts.text("state.OPEN");
                };
                table.addCell(cell(who, state == TaskState.OPEN ? BOLD : TEXT));
            });
            document.add(table);
        }

        document.add(spaced(new Paragraph(texts.text("export.pdf.hours-per-funding"), HEADING)));
        Map<String, BigDecimal> perFunding = new TreeMap<>();
        PlanWarnings.allocatedHours(plan.ownAllocations()).values()
                .forEach(byFunding -> byFunding.forEach((code, hours) -> perFunding.merge(code, hours, BigDecimal::add)));
        PdfPTable totals = table(new float[] {3, 1}, texts.text("allocation.column.funding"), texts.text("allocation.column.hours"));
        catalogue.fundingSources().stream().filter(f -> perFunding.containsKey(f.code())).forEach(f -> {
            totals.addCell(cell(f.name().in(locale), TEXT));
            totals.addCell(cell(PlainNumber.of(perFunding.get(f.code())), TEXT));
        });
        document.add(totals);

        document.add(spaced(new Paragraph(texts.text("export.sheet.people"), HEADING)));
        Map<UUID, Map<String, BigDecimal>> allocatedHours = PlanWarnings.allocatedHours(plan.ownAllocations());
        PdfPTable people = table(new float[] {3, 3, 4}, texts.text("person.column.name"), texts.text("person.column.role"),
                texts.text("export.pdf.hours-available-allocated"));
        for (SchoolPerson person : plan.people()) {
            people.addCell(cell(person.name(), TEXT));
            people.addCell(cell(wording.role(person), TEXT));
            StringBuilder hours = new StringBuilder();
            catalogue.fundingSources().forEach(f -> {
                BigDecimal available = person.availableHours(f.code());
                BigDecimal given = allocatedHours.getOrDefault(person.id(), Map.of()).getOrDefault(f.code(), BigDecimal.ZERO);
                if (available.signum() != 0 || given.signum() != 0) {
                    hours.append(hours.isEmpty() ? "" : "\n").append(f.name().in(locale)).append(": ")
                            .append(PlainNumber.of(available)).append(" / ").append(PlainNumber.of(given));
                }
            });
            people.addCell(cell(hours.toString(), TEXT));
        }
        document.add(people);

        document.add(spaced(new Paragraph(texts.text("warnings.title", warnings.size()), HEADING)));
        if (warnings.isEmpty()) {
            document.add(new Paragraph(texts.text("warnings.none"), TEXT));
        }
        for (PlanWarning warning : warnings) {
            document.add(new Paragraph("• " + wording.warning(warning, plan), TEXT));
        }
        document.add(spaced(new Paragraph(texts.text("export.pdf.made",
                today.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))), TEXT)));
        document.close();
        return out.toByteArray();
    }

    private static Paragraph spaced(Paragraph paragraph) {
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = cell(header, BOLD);
            cell.setBackgroundColor(HEADER_BACKGROUND);
            table.addCell(cell);
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }
}
