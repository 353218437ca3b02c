package be.taakwijzer.dashboard;

import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static be.taakwijzer.testsupport.AuthenticatedAs.withRolesAndSchool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import be.taakwijzer.allocation.AllocationInput;
import be.taakwijzer.allocation.AllocationShare;
import be.taakwijzer.allocation.CentralTaskInput;
import be.taakwijzer.allocation.CentralTaskService;
import be.taakwijzer.allocation.CentralTaskStatus;
import be.taakwijzer.allocation.PersonInput;
import be.taakwijzer.allocation.PersonRole;
import be.taakwijzer.allocation.SchoolPlan;
import be.taakwijzer.allocation.SchoolPlanService;
import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.SchoolYearService;
import be.taakwijzer.allocation.WarningKind;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueService;
import be.taakwijzer.shared.export.Texts;
import be.taakwijzer.testsupport.TestTenants;

/** The group dashboard's hours, checked against figures computed by hand on a small plan. */
@SpringBootTest
class GroupDashboardServiceTest {

    @Autowired
    GroupDashboardService dashboards;
    @Autowired
    SchoolPlanService plans;
    @Autowired
    CentralTaskService centralTasks;
    @Autowired
    SchoolYearService years;
    @Autowired
    GroupDashboardExport exports;
    @Autowired
    CatalogueService catalogueService;

    UUID group;
    UUID vlinder;
    UUID kompas;
    SchoolYear year;

    @BeforeEach
    void aSmallPlan() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");
        kompas = TestTenants.createSchool(group, "Basisschool Het Kompas");
        year = years.current();
        tenant(group, () -> {
            SchoolPlan plan = plans.addPerson(vlinder, year, 0, new PersonInput("Ann", null, PersonRole.TECHNISCH_ICT_COORDINATOR,
                    Map.of("ICT_UREN", new BigDecimal("100"), "BPT_UREN", new BigDecimal("20")), Set.of()), "ict");
            UUID ann = plan.people().getFirst().id();
            plan = plans.allocate(vlinder, year, plan.version(), new AllocationInput("TECH_CORE_01", "",
                    List.of(new AllocationShare(ann, new BigDecimal("12.5"), "ICT_UREN"))), true, "ict");
            plan = plans.allocate(vlinder, year, plan.version(), new AllocationInput("TECH_CORE_03", "",
                    List.of(new AllocationShare(ann, new BigDecimal("7.5"), "ICT_UREN"))), true, "ict");
            plan = plans.allocate(vlinder, year, plan.version(), new AllocationInput("PED_CORE_01", "",
                    List.of(new AllocationShare(ann, new BigDecimal("5"), "BPT_UREN"))), true, "ict");
            plans.allocate(vlinder, year, plan.version(), new AllocationInput("TECH_CORE_09", "",
                    List.of(new AllocationShare(ann, new BigDecimal("30"), "ICT_UREN"))), true, "ict");
            // the group then takes the back-up over: those 30 hours are no longer the school's
            return centralTasks.add(year, new CentralTaskInput("TECH_CORE_09", "SCHOLENGROEP", null, BigDecimal.TEN, null,
                    CentralTaskStatus.ACTIVE, "", true, Set.of()), "ict");
        });
    }

    @Test
    void hoursPerClusterAndFundingPerSchoolLeaveOutWhatTheGroupCovers() {
        GroupDashboard dashboard = tenant(group, () -> dashboards.dashboard(year));
        assertThat(dashboard.schools()).hasSize(2);
        assertThat(dashboard.clusterHours(vlinder, "TECHNISCH")).isEqualByComparingTo("20");
        assertThat(dashboard.clusterHours(vlinder, "PEDAGOGISCH")).isEqualByComparingTo("5");
        assertThat(dashboard.fundingHours(vlinder, "ICT_UREN")).isEqualByComparingTo("20");
        assertThat(dashboard.fundingHours(vlinder, "BPT_UREN")).isEqualByComparingTo("5");
        assertThat(dashboard.totalHours(vlinder)).isEqualByComparingTo("25");
        assertThat(dashboard.totalHours(kompas)).isEqualByComparingTo("0");

        // 25 core tasks, 1 taken over by the group, 3 allocated; Ann alone on two clusters, without their competences
        assertThat(dashboard.warnings(vlinder, WarningKind.CORE_TASK_WITHOUT_ANYONE)).isEqualTo(21);
        assertThat(dashboard.warnings(vlinder, WarningKind.CLUSTER_ON_ONE_PERSON)).isEqualTo(2);
        assertThat(dashboard.warnings(vlinder, WarningKind.MISSING_COMPETENCE)).isEqualTo(3);
        assertThat(dashboard.warnings(vlinder, WarningKind.PERSON_OVER_HOURS)).isZero();
        assertThat(dashboard.warnings(kompas, WarningKind.CORE_TASK_WITHOUT_ANYONE)).isEqualTo(24);
    }

    @Test
    void theNumbersAsFilesOneRowPerSchool() throws Exception {
        GroupDashboard dashboard = tenant(group, () -> dashboards.dashboard(year));
        Catalogue catalogue = catalogueService.catalogue();
        Texts keys = (key, arguments) -> arguments.length == 0 ? key : key + Arrays.toString(arguments);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(dashboard, catalogue, Locale.of("nl"), keys)))) {
            Sheet schools = workbook.getSheet("dashboard.export.sheet.schools");
            Row header = schools.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("school.name");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("dashboard.export.hours[Technische taken]");
            Row vlinderRow = schools.getRow(1).getCell(0).getStringCellValue().equals("Basisschool De Vlinder") ? schools.getRow(1) : schools.getRow(2);
            // central 1 (the back-up), allocated 3, open 40 of 44; technical 20 h, pedagogical 5 h
            assertThat(vlinderRow.getCell(2).getNumericCellValue()).isEqualTo(1);
            assertThat(vlinderRow.getCell(3).getNumericCellValue()).isEqualTo(3);
            assertThat(vlinderRow.getCell(4).getNumericCellValue()).isEqualTo(40);
            assertThat(vlinderRow.getCell(5).getNumericCellValue()).isEqualTo(20);
            assertThat(vlinderRow.getCell(6).getNumericCellValue()).isEqualTo(5);
            assertThat(workbook.getSheetAt(1).getLastRowNum()).isZero();
        }
        String csv = new String(exports.csv(dashboard, catalogue, Locale.of("nl"), keys), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get().parse(new StringReader(csv.substring(1)))
                .getRecords();
        assertThat(records).hasSize(3);
        assertThat(records).anySatisfy(record -> assertThat(record.get(0)).isEqualTo("Basisschool De Vlinder"));
    }

    @Test
    void anotherGroupSeesNoneOfItAndADirectorMayNotAsk() {
        UUID other = TestTenants.createGroup("Scholengroep Zuiderzon");
        UUID zonnewijzer = TestTenants.createSchool(other, "Basisschool De Zonnewijzer");
        GroupDashboard theirs = tenant(other, () -> dashboards.dashboard(year));
        assertThat(theirs.schools()).extracting(s -> s.name()).containsExactly("Basisschool De Zonnewijzer");
        assertThat(theirs.figures()).containsOnlyKeys(zonnewijzer);
        assertThat(theirs.totalHours(zonnewijzer)).isEqualByComparingTo("0");
        assertThat(theirs.overHours()).isEmpty();
        assertThatThrownBy(() -> withRolesAndSchool(group, vlinder, List.of("SCHOOL_DIRECTOR"), () -> dashboards.dashboard(year)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
