package be.taakwijzer.allocation.export;

import be.taakwijzer.shared.export.Texts;
import be.taakwijzer.shared.export.CsvFile;
import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import be.taakwijzer.allocation.AllocationInput;
import be.taakwijzer.allocation.AllocationShare;
import be.taakwijzer.allocation.CentralTaskInput;
import be.taakwijzer.allocation.CentralTaskService;
import be.taakwijzer.allocation.CentralTaskStatus;
import be.taakwijzer.allocation.GroupOverviewService;
import be.taakwijzer.allocation.PersonInput;
import be.taakwijzer.allocation.PersonRole;
import be.taakwijzer.allocation.SchoolPlan;
import be.taakwijzer.allocation.SchoolPlanService;
import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.SchoolYearService;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueService;
import be.taakwijzer.testsupport.TestTenants;

/** The files read back: what a director or the group gets is what the plan holds. */
@SpringBootTest
class ExportsTest {

    /** Shows the key and its arguments, so that the tests see which words went where. */
    static final Texts KEYS = (key, arguments) -> arguments.length == 0 ? key : key + Arrays.toString(arguments);

    @Autowired
    SchoolPlanService plans;
    @Autowired
    CentralTaskService centralTasks;
    @Autowired
    SchoolYearService years;
    @Autowired
    GroupOverviewService overviews;
    @Autowired
    CatalogueService catalogueService;
    @Autowired
    SchoolPlanExport spreadsheets;
    @Autowired
    SchoolPlanPdf pdfs;
    @Autowired
    GroupOverviewExport overviewExport;

    UUID group;
    UUID vlinder;
    String vlinderNummer = TestTenants.uniqueInstellingsnummer();
    SchoolYear year;
    Catalogue catalogue;
    SchoolPlan plan;

    @BeforeEach
    void aPlanWithACentralTaskAnAllocationAndAWarning() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder", vlinderNummer);
        TestTenants.createSchool(group, "Basisschool Het Kompas");
        year = years.current();
        catalogue = catalogueService.catalogue();
        plan = tenant(group, () -> {
            centralTasks.add(year, new CentralTaskInput("BEL_CENTRAL_01", "SCHOLENGROEP", null, BigDecimal.TEN, null,
                    CentralTaskStatus.ACTIVE, "Via de DPO", true, Set.of()), "ict");
            SchoolPlan withAnn = plans.addPerson(vlinder, year, 0, new PersonInput("Ann Voorbeeld", null, PersonRole.TECHNISCH_ICT_COORDINATOR,
                    Map.of("ICT_UREN", new BigDecimal("10")), Set.of("TECH_TECHNISCHE_KENNIS")), "ict");
            UUID ann = withAnn.people().getFirst().id();
            return plans.allocate(vlinder, year, withAnn.version(), new AllocationInput("TECH_CORE_01", "Met de firma",
                    List.of(new AllocationShare(ann, new BigDecimal("12.5"), "ICT_UREN"))), true, "ict");
        });
    }

    @Test
    void theSpreadsheetHasTheTasksWithNumbersThePeopleAndTheWarnings() throws Exception {
        byte[] xlsx = spreadsheets.xlsx(plan, plans.warnings(plan), catalogue, Locale.of("nl"), KEYS);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            Sheet tasks = workbook.getSheet("export.sheet.tasks");
            assertThat(tasks.getRow(0).getCell(2).getStringCellValue()).isEqualTo("catalogue.column.task");
            assertThat(tasks.getLastRowNum()).as("one row per task here (one share each)").isEqualTo(catalogue.tasks().size());
            Row allocated = row(tasks, "Onderhouden van hardware");
            assertThat(allocated.getCell(3).getStringCellValue()).isEqualTo("state.ALLOCATED");
            assertThat(allocated.getCell(4).getStringCellValue()).isEqualTo("Ann Voorbeeld");
            assertThat(allocated.getCell(6).getNumericCellValue()).isEqualTo(12.5);
            assertThat(allocated.getCell(7).getStringCellValue()).isEqualTo("ICT-uren");
            assertThat(allocated.getCell(8).getStringCellValue()).isEqualTo("Met de firma");
            Row central = row(tasks, "Juridische vraagstukken");
            assertThat(central.getCell(3).getStringCellValue()).isEqualTo("state.CENTRAL");
            assertThat(central.getCell(4).getStringCellValue()).isEqualTo("De scholengroep zelf");
            assertThat(row(tasks, "Realisatie en onderhoud van helpdesk").getCell(3).getStringCellValue()).isEqualTo("state.OPEN");

            Sheet people = workbook.getSheet("export.sheet.people");
            assertThat(people.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Ann Voorbeeld");
            assertThat(people.getRow(0).getCell(2).getStringCellValue()).isEqualTo("export.column.available[ICT-uren]");
            assertThat(people.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(10);
            assertThat(people.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(12.5);

            Sheet warnings = workbook.getSheet("export.sheet.warnings");
            List<String> texts = StreamSupport.stream(warnings.spliterator(), false).skip(1)
                    .map(r -> r.getCell(0).getStringCellValue()).toList();
            assertThat(texts).contains("warning.PERSON_OVER_HOURS[Ann Voorbeeld, 12.5, ICT-uren, 10]");
            assertThat(texts).hasSize(plans.warnings(plan).size());
        }
    }

    @Test
    void theCsvIsUtf8WithABomSemicolonsAndADecimalCommaInDutch() throws Exception {
        byte[] csv = spreadsheets.csv(plan, catalogue, Locale.of("nl"), KEYS);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get().parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(catalogue.tasks().size() + 1);
        CSVRecord allocated = records.stream().filter(r -> r.get(2).startsWith("Onderhouden van hardware")).findFirst().orElseThrow();
        assertThat(allocated.get(4)).isEqualTo("Ann Voorbeeld");
        assertThat(allocated.get(6)).isEqualTo("12,5");

        String english = new String(spreadsheets.csv(plan, catalogue, Locale.ENGLISH, KEYS), StandardCharsets.UTF_8);
        assertThat(english).contains("Maintaining hardware").contains(";12.5;");
    }

    @Test
    void aTypedFormulaStaysTextInTheCsv() {
        assertThat(CsvFile.asText("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvFile.asText("@SUM(A1)")).startsWith("'");
        assertThat(CsvFile.asText("Ann Voorbeeld")).isEqualTo("Ann Voorbeeld");
        String csv = new String(CsvFile.of(List.of("naam"), List.of(List.of("+32 9 000 00 00")), true), StandardCharsets.UTF_8);
        assertThat(csv).contains("'+32 9 000 00 00");
    }

    @Test
    void thePdfSummaryNamesTheSchoolTheYearThePeopleAndTheWarnings() throws Exception {
        byte[] pdf = pdfs.pdf(plan, plans.warnings(plan), catalogue, Locale.of("nl"), LocalDate.of(2026, 11, 29), KEYS);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        String all = text.toString().replaceAll("\\s+", " ");
        assertThat(all).contains("export.pdf.subtitle[Basisschool De Vlinder, " + vlinderNummer + ", " + year.label() + "]")
                .contains("Ann Voorbeeld").contains("export.pdf.central[De scholengroep zelf]")
                .contains("warning.PERSON_OVER_HOURS[Ann Voorbeeld, 12.5, ICT-uren, 10]");
    }

    @Test
    void theGroupOverviewHasAColumnPerSchoolAndTheCounts() throws Exception {
        var overview = tenant(group, () -> overviews.overview(year));
        byte[] xlsx = overviewExport.xlsx(overview, catalogue.tasks(), catalogue, Locale.of("nl"), KEYS);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) 5);
            int vlinderColumn = sheet.getRow(0).getCell(3).getStringCellValue().contains(vlinderNummer) ? 3 : 4;
            assertThat(row(sheet, "Onderhouden van hardware").getCell(vlinderColumn).getStringCellValue()).isEqualTo("state.ALLOCATED");
            Row counts = row(sheet, "export.count[state.OPEN]");
            assertThat(counts.getCell(vlinderColumn).getNumericCellValue()).isEqualTo(catalogue.tasks().size() - 2);
        }
        String csv = new String(overviewExport.csv(overview, catalogue.tasks(), catalogue, Locale.of("nl"), KEYS), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(1 + catalogue.tasks().size() + 3);
    }

    private static Row row(Sheet sheet, String taskStart) {
        return StreamSupport.stream(sheet.spliterator(), false)
                .filter(r -> r.getCell(2) != null && r.getCell(2).getStringCellValue().startsWith(taskStart)).findFirst().orElseThrow();
    }
}
