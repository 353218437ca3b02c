package be.taakwijzer.allocation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.catalogue.CentralProvider;
import be.taakwijzer.catalogue.Cluster;
import be.taakwijzer.catalogue.Competence;
import be.taakwijzer.catalogue.CompetenceKind;
import be.taakwijzer.catalogue.FundingSource;
import be.taakwijzer.catalogue.TaskLevel;
import be.taakwijzer.shared.LocalizedText;
import be.taakwijzer.tenancy.EducationLevel;
import be.taakwijzer.tenancy.Instellingsnummer;
import be.taakwijzer.tenancy.School;

/**
 * A small catalogue with the real codes of the guide, made by hand, and builders for plans: for the
 * tests of {@link PlanWarnings}, which need no database. ADMINISTRATIEF has no competences, as in the guide.
 */
final class PlanFixtures {

    static final SchoolYear YEAR = new SchoolYear(2026);
    static final School SCHOOL = new School(UUID.randomUUID(), UUID.randomUUID(), Instellingsnummer.parse("44693"),
            "Basisschool De Vlinder", "Gent", EducationLevel.BASIS, 0);
    static final UUID OTHER_SCHOOL = UUID.randomUUID();

    static final String TECH_CORE_01 = "TECH_CORE_01";
    /** Needs specialisation. */
    static final String TECH_CORE_02 = "TECH_CORE_02";
    static final String PED_CORE_01 = "PED_CORE_01";
    static final String ADM_CORE_01 = "ADM_CORE_01";
    static final String BEL_CORE_01 = "BEL_CORE_01";
    /** Needs specialisation; not a core task. */
    static final String TECH_OTHER_03 = "TECH_OTHER_03";
    static final String PED_OTHER_01 = "PED_OTHER_01";
    static final String BEL_OTHER_01 = "BEL_OTHER_01";
    static final String BEL_CENTRAL_01 = "BEL_CENTRAL_01";

    static final List<String> CORE_TASKS = List.of(TECH_CORE_01, TECH_CORE_02, PED_CORE_01, BEL_CORE_01, ADM_CORE_01);
    static final List<String> FUNDING = List.of("ICT_UREN", "BPT_UREN", "WERKINGSMIDDELEN");
    static final List<String> CLUSTER_COMPETENCES = List.of("TECH_TECHNISCHE_KENNIS", "TECH_SPECIALISATIE",
            "PED_ONDERWIJSERVARING", "BEL_ANALYTISCH");
    static final String GENERIC_COMPETENCE = "GEN_COMMUNICATIE";

    static final Catalogue CATALOGUE = new Catalogue(
            List.of(cluster("TECHNISCH", true), cluster("PEDAGOGISCH", true), cluster("BELEID", false),
                    cluster("ADMINISTRATIEF", false)),
            List.of(level("CENTRAAL"), level("KERNTAAK"), level("ANDEREN")),
            List.of(),
            List.of(task(BEL_CENTRAL_01, "BELEID", "CENTRAAL", false),
                    task(TECH_CORE_01, "TECHNISCH", "KERNTAAK", false),
                    task(TECH_CORE_02, "TECHNISCH", "KERNTAAK", true),
                    task(PED_CORE_01, "PEDAGOGISCH", "KERNTAAK", false),
                    task(BEL_CORE_01, "BELEID", "KERNTAAK", false),
                    task(ADM_CORE_01, "ADMINISTRATIEF", "KERNTAAK", false),
                    task(TECH_OTHER_03, "TECHNISCH", "ANDEREN", true),
                    task(PED_OTHER_01, "PEDAGOGISCH", "ANDEREN", false),
                    task(BEL_OTHER_01, "BELEID", "ANDEREN", false)),
            List.of(competence("TECH_TECHNISCHE_KENNIS", "TECHNISCH"), competence("TECH_SPECIALISATIE", "TECHNISCH"),
                    competence("PED_ONDERWIJSERVARING", "PEDAGOGISCH"), competence("BEL_ANALYTISCH", "BELEID"),
                    competence(GENERIC_COMPETENCE, null)),
            List.of(new CentralProvider("SCHOLENGROEP", text("De scholengroep zelf"), text("")),
                    new CentralProvider("KOEPEL", text("Onderwijskoepel"), text(""))),
            List.of(),
            FUNDING.stream().map(code -> new FundingSource(code, text(code), text(""))).toList());

    private PlanFixtures() {
    }

    static SchoolPerson person(String name, PersonRole role, Map<String, BigDecimal> hours, String... competences) {
        return new SchoolPerson(UUID.randomUUID(), name, null, role, hours, Set.of(competences));
    }

    static AllocationShare share(SchoolPerson person, String hours, String funding) {
        return new AllocationShare(person.id(), new BigDecimal(hours), funding);
    }

    static Allocation allocation(String taskCode, AllocationShare... shares) {
        return new Allocation(UUID.randomUUID(), taskCode, "", Arrays.asList(shares));
    }

    static CentralTask central(String taskCode, CentralTaskStatus status, boolean allSchools, UUID... schoolIds) {
        return new CentralTask(UUID.randomUUID(), YEAR, taskCode, "SCHOLENGROEP", null, BigDecimal.TEN, "ICT_UREN", status, "",
                allSchools, Set.of(schoolIds), 0);
    }

    static SchoolPlan plan(List<SchoolPerson> people, List<Allocation> allocations, List<CentralTask> centralTasks) {
        return new SchoolPlan(SCHOOL, YEAR, 1, people, allocations, centralTasks, List.of());
    }

    static Map<String, BigDecimal> hours(String funding, String hours) {
        return Map.of(funding, new BigDecimal(hours));
    }

    private static Cluster cluster(String code, boolean core) {
        return new Cluster(code, text(code), text(""), core);
    }

    private static TaskLevel level(String code) {
        return new TaskLevel(code, text(code), text(""));
    }

    private static CatalogueTask task(String code, String cluster, String level, boolean needsSpecialisation) {
        return new CatalogueTask(code, cluster, level, null, text(code), needsSpecialisation, List.of(), List.of());
    }

    private static Competence competence(String code, String cluster) {
        return new Competence(code, cluster, CompetenceKind.VEREIST, text(code), true);
    }

    private static LocalizedText text(String value) {
        return new LocalizedText(value, value);
    }
}
