package be.taakwijzer.catalogue;

import static be.taakwijzer.testsupport.AuthenticatedAs.noTenant;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every task bullet of sections 1 and 3 of the guide is in the catalogue with the right cluster and
 * level. The bullets are read from the guide's own text; a hand-kept table only links each bullet to
 * its catalogue code, and must cover every bullet exactly once.
 */
@SpringBootTest
class GuideCoverageTest {

    /** The two typing errors of the guide that the catalogue corrects. */
    private static final Map<String, String> CORRECTIONS = Map.of(
            "netwerkkaparaatuur", "netwerkapparatuur",
            "eerstelijnsbulp", "eerstelijnshulp");

    @Autowired
    CatalogueService catalogueService;

    Catalogue catalogue;
    List<GuideBullet> bullets;
    List<String[]> links;

    @BeforeEach
    void read() throws IOException {
        catalogue = noTenant(catalogueService::catalogue);
        bullets = GuideParser.bullets(resource("guide/wegwijzer-takenpakket-ict-team.txt"));
        links = resource("guide/guide-task-bullets.tsv").lines().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split("\t", -1)).toList();
    }

    @Test
    void theParserFindsEveryBulletOfTheGuide() {
        assertThat(bullets.stream().filter(b -> b.section() == 1)).hasSize(16);
        Map<String, Long> perLevel = bullets.stream().filter(b -> b.section() == 3)
                .collect(Collectors.groupingBy(GuideBullet::levelCode, Collectors.counting()));
        assertThat(perLevel).containsExactlyInAnyOrderEntriesOf(Map.of("CENTRAAL", 5L, "KERNTAAK", 25L, "ANDEREN", 14L));
    }

    @Test
    void everyThemeOfSectionOneIsAnAreaOfItsCluster() {
        Map<String, TaskArea> areas = catalogue.areas().stream().collect(Collectors.toMap(TaskArea::code, Function.identity()));
        for (GuideBullet bullet : bullets.stream().filter(b -> b.section() == 1).toList()) {
            TaskArea area = areas.get(linkOf(bullet)[3]);
            assertThat(area).as("area for '%s'", bullet.text()).isNotNull();
            assertThat(area.clusterCode()).as("cluster of '%s'", bullet.text()).isEqualTo(bullet.clusterCode());
            assertThat(area.name().nl()).isEqualTo(bullet.text());
        }
    }

    @Test
    void everyTaskBulletOfSectionThreeIsATaskWithTheGuidesClusterAndLevel() {
        Map<String, CatalogueTask> tasks = catalogue.tasks().stream()
                .collect(Collectors.toMap(CatalogueTask::code, Function.identity()));
        Set<String> covered = new HashSet<>();
        for (GuideBullet bullet : bullets.stream().filter(b -> b.section() == 3).toList()) {
            CatalogueTask task = tasks.get(linkOf(bullet)[3]);
            assertThat(task).as("task for '%s'", bullet.text()).isNotNull();
            assertThat(task.clusterCode()).as("cluster of '%s'", bullet.text()).isEqualTo(bullet.clusterCode());
            assertThat(task.levelCode()).as("level of '%s'", bullet.text()).isEqualTo(bullet.levelCode());
            assertThat(task.name().en()).as("English name of " + task.code()).isNotBlank();
            if (!"CENTRAAL".equals(bullet.levelCode())) {
                assertThat(comparable(task.name().nl())).as("Dutch wording of " + task.code())
                        .isEqualTo(comparable(corrected(bullet.text())));
            }
            covered.add(task.code());
        }
        assertThat(covered).as("no task without a bullet of the guide").isEqualTo(tasks.keySet());
    }

    @Test
    void everyLinkQuotesTheGuideVerbatim() throws IOException {
        String guide = resource("guide/wegwijzer-takenpakket-ict-team.txt");
        assertThat(links).allSatisfy(link -> assertThat(guide).contains(link[4]));
        assertThat(links).hasSize(bullets.size());
    }

    @Test
    void centralTasksNameTheirProvidersAndOtherTasksTheirTakers() {
        for (CatalogueTask task : catalogue.tasks()) {
            switch (task.levelCode()) {
                case "CENTRAAL" -> assertThat(task.providerCodes()).as(task.code()).isNotEmpty();
                case "ANDEREN" -> assertThat(task.takerCodes()).as(task.code()).isNotEmpty();
                default -> assertThat(task.providerCodes()).as(task.code()).isEmpty();
            }
        }
    }

    @Test
    void holdsTheGuidesCompetencesProvidersTakersAndFundingSources() {
        assertThat(catalogue.clusters()).extracting(Cluster::code)
                .containsExactly("TECHNISCH", "PEDAGOGISCH", "BELEID", "ADMINISTRATIEF");
        assertThat(catalogue.levels()).extracting(TaskLevel::code).containsExactly("CENTRAAL", "KERNTAAK", "ANDEREN");
        assertThat(catalogue.competencesOf("TECHNISCH")).extracting(c -> c.name().nl())
                .contains("technische kennis", "specialisatie");
        assertThat(catalogue.competencesOf("PEDAGOGISCH")).hasSize(3);
        assertThat(catalogue.competencesOf("BELEID")).hasSize(4);
        assertThat(catalogue.competencesOf(null)).isNotEmpty().allMatch(c -> !c.fromGuide());
        assertThat(catalogue.providers()).extracting(CentralProvider::code).contains(
                "KOEPEL", "OVERHEID", "AANKOOPCENTRALE", "SCHOLENGROEP", "KENNISCENTRUM_DIGISPRONG", "LEERID");
        assertThat(catalogue.takers()).extracting(TakerType::code).contains(
                "EXTERNE_FIRMA", "TAC", "LEERKRACHT", "DIRECTIE", "ADMINISTRATIEF_MEDEWERKER", "COMMUNICATIEVERANTWOORDELIJKE");
        assertThat(catalogue.fundingSources()).extracting(FundingSource::code).containsExactly(
                "ICT_UREN", "BPT_UREN", "WERKINGSMIDDELEN", "PUNTENENVELOPPE", "ANDERE");
    }

    @Test
    void findsTasksByClusterLevelAndTextInEitherLanguage() {
        List<CatalogueTask> technicalCore = noTenant(() -> catalogueService.findTasks(1, new TaskFilter("TECHNISCH", "KERNTAAK", null)));
        assertThat(technicalCore).hasSize(10);
        assertThat(noTenant(() -> catalogueService.findTasks(1, TaskFilter.ALL.withText("HELPDESK"))))
                .extracting(CatalogueTask::code).hasSize(1);
        assertThat(noTenant(() -> catalogueService.findTasks(1, TaskFilter.ALL.withText("backup"))))
                .isNotEmpty().allMatch(t -> t.name().en().toLowerCase(Locale.ROOT).contains("backup"));
        assertThat(noTenant(() -> catalogueService.findTasks(1, TaskFilter.ALL.withText("100%_")))).isEmpty();
    }

    private String[] linkOf(GuideBullet bullet) {
        List<String[]> matching = links.stream()
                .filter(link -> Integer.parseInt(link[0]) == bullet.section() && bullet.text().contains(link[4]))
                .toList();
        assertThat(matching).as("links for '%s'", bullet.text()).hasSize(1);
        return matching.getFirst();
    }

    private static String corrected(String text) {
        String result = text;
        for (var correction : CORRECTIONS.entrySet()) {
            result = result.replace(correction.getKey(), correction.getValue());
        }
        return result;
    }

    /** Ignores case, trailing punctuation and whitespace differences. */
    private static String comparable(String text) {
        return text.strip().replaceAll("[\\s.,;]+$", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GuideCoverageTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
