package be.taakwijzer.admin.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import be.taakwijzer.admin.testsupport.SignedIn;
import be.taakwijzer.catalogue.CatalogueChanges;
import be.taakwijzer.catalogue.CatalogueService;
import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.catalogue.CatalogueVersion;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.testsupport.CatalogueVersionFixture;

/** The operator edits a draft of the next catalogue version and publishes it; published versions never change. */
@SpringBootTest
@ExtendWith(SignedIn.AsOperator.class)
class CatalogueEditingServiceTest {

    private static final String OPERATOR = "operator@taakwijzer.test";

    @Autowired
    CatalogueEditingService editing;
    @Autowired
    CatalogueService catalogues;

    @AfterEach
    void backToTheGuide() {
        CatalogueVersionFixture.resetToTheGuide();
    }

    private static Map<String, DraftTask> byCode(CatalogueDraft draft) {
        return draft.tasks().stream().collect(Collectors.toMap(DraftTask::code, Function.identity()));
    }

    private static NewTask newTask(String name) {
        return new NewTask("PEDAGOGISCH", "KERNTAAK", "PED_LEERLIJNEN", name, name + " (EN)", false);
    }

    @Test
    void theOperatorAddsRewordsAndRetiresInADraftAndPublishesItAsTheNextVersion() {
        int guideTasks = catalogues.catalogue(1).tasks().size();
        CatalogueDraft empty = editing.draft();
        assertThat(empty.saved()).isFalse();
        assertThat(empty.stamp()).isEqualTo(new DraftStamp(2, 0));
        assertThat(empty.changes()).isZero();
        assertThat(empty.tasks()).hasSize(guideTasks);

        String code = editing.add(empty.stamp(), newTask("Een leerlijn mediawijsheid uitwerken"), OPERATOR);
        assertThat(code).as("the next free number of its cluster and level").isEqualTo("PED_CORE_07");
        CatalogueDraft draft = editing.draft();
        assertThat(draft.stamp()).isEqualTo(new DraftStamp(2, 1));
        editing.reword(draft.stamp(), "TECH_CORE_02", "Netwerkbeheer en -beveiliging", "Network management and security", OPERATOR);
        editing.retire(editing.draft().stamp(), "ADM_CORE_04", OPERATOR);
        draft = editing.draft();
        Map<String, DraftTask> tasks = byCode(draft);
        assertThat(draft.changes()).isEqualTo(3);
        assertThat(tasks.get(code).change()).isEqualTo(DraftTask.Change.ADDED);
        assertThat(draft.tasks()).extracting(DraftTask::code).as("among its cluster and level, not at the end")
                .containsSubsequence("PED_CORE_06", code, "BEL_CORE_01");
        assertThat(tasks.get("TECH_CORE_02").change()).isEqualTo(DraftTask.Change.REWORDED);
        assertThat(tasks.get("TECH_CORE_02").before().nl()).isEqualTo(catalogues.catalogue(1).tasks().stream()
                .filter(t -> t.code().equals("TECH_CORE_02")).findFirst().orElseThrow().name().nl());
        assertThat(tasks.get("ADM_CORE_04").change()).isEqualTo(DraftTask.Change.RETIRED);
        assertThat(catalogues.versions()).as("nothing published yet").extracting(CatalogueVersion::number).containsExactly(1);

        int published = editing.publish(draft.stamp(), "Mediawijsheid erbij.", "Media literacy added.", OPERATOR);

        assertThat(published).isEqualTo(2);
        assertThat(catalogues.latestVersion().number()).isEqualTo(2);
        assertThat(catalogues.latestVersion().publishedBy()).isEqualTo(OPERATOR);
        assertThat(catalogues.latestVersion().note().en()).isEqualTo("Media literacy added.");
        CatalogueChanges changes = catalogues.changes(1, 2);
        assertThat(changes.added()).extracting(CatalogueTask::code).containsExactly(code);
        assertThat(changes.reworded()).extracting(r -> r.task().name().nl()).containsExactly("Netwerkbeheer en -beveiliging");
        assertThat(changes.retired()).extracting(CatalogueTask::code).containsExactly("ADM_CORE_04");
        assertThat(catalogues.catalogue(2).tasks()).extracting(CatalogueTask::code).containsSubsequence("PED_CORE_06", code, "BEL_CORE_01");
        assertThat(catalogues.catalogue(1).tasks()).as("the guide stays as it was").hasSize(guideTasks)
                .extracting(CatalogueTask::code).contains("ADM_CORE_04").doesNotContain(code);
        assertThat(editing.draft().stamp()).isEqualTo(new DraftStamp(3, 0));
        assertThat(editing.draft().changes()).isZero();
        assertThat(editing.changes()).extracting(CatalogueChangeEntry::version, CatalogueChangeEntry::taskCode, CatalogueChangeEntry::kind,
                        CatalogueChangeEntry::changedBy)
                .containsExactly(tuple(2, "ADM_CORE_04", "RETIRED", OPERATOR), tuple(2, "TECH_CORE_02", "REWORDED", OPERATOR),
                        tuple(2, code, "ADDED", OPERATOR));
    }

    @Test
    void anEditFromAnOlderStampIsRefusedSoTwoOperatorsNeverOverwriteEachOther() {
        DraftStamp seen = editing.draft().stamp();
        editing.reword(seen, "TECH_CORE_02", "Eerste verwoording", "First wording", OPERATOR);
        assertThatThrownBy(() -> editing.reword(seen, "TECH_CORE_02", "Tweede verwoording", "Second wording", "other@taakwijzer.test"))
                .isInstanceOf(InvalidInputException.class).hasMessage("catalogue.error.changed");
        assertThatThrownBy(() -> editing.publish(seen, "Noot", "Note", OPERATOR))
                .isInstanceOf(InvalidInputException.class).hasMessage("catalogue.error.changed");
        assertThat(byCode(editing.draft()).get("TECH_CORE_02").name().nl()).isEqualTo("Eerste verwoording");
    }

    @Test
    void badInputIsRefusedWithItsReasonAndChangesNothing() {
        DraftStamp stamp = editing.draft().stamp();
        assertRefused(() -> editing.add(stamp, new NewTask("ONBEKEND", "KERNTAAK", null, "Naam", "Name", false), OPERATOR), "catalogue.error.cluster");
        assertRefused(() -> editing.add(stamp, new NewTask("PEDAGOGISCH", null, null, "Naam", "Name", false), OPERATOR), "catalogue.error.level");
        assertRefused(() -> editing.add(stamp, new NewTask("PEDAGOGISCH", "KERNTAAK", "TECH_HARDWARE", "Naam", "Name", false), OPERATOR),
                "catalogue.error.area");
        assertRefused(() -> editing.add(stamp, newTask("  "), OPERATOR), "catalogue.error.name");
        assertRefused(() -> editing.add(stamp, newTask("x".repeat(501)), OPERATOR), "catalogue.error.name-length");
        String existing = catalogues.catalogue(1).tasks().getFirst().name().nl();
        assertRefused(() -> editing.add(stamp, newTask(existing.toUpperCase()), OPERATOR), "catalogue.error.duplicate-name");
        assertRefused(() -> editing.reword(stamp, "TECH_CORE_02", byCode(editing.draft()).get("TECH_CORE_02").name().nl(),
                byCode(editing.draft()).get("TECH_CORE_02").name().en(), OPERATOR), "catalogue.error.same-name");
        assertRefused(() -> editing.retire(stamp, "BEL_CENTRAL_01", OPERATOR), "catalogue.error.workspace");
        assertRefused(() -> editing.retire(stamp, "GEEN_TAAK", OPERATOR), "catalogue.error.task");
        assertRefused(() -> editing.publish(stamp, "Noot", "Note", OPERATOR), "catalogue.error.changed");

        CatalogueDraft draft = editing.draft();
        assertThat(draft.saved()).as("no refused edit started a draft").isFalse();
        assertThat(draft.changes()).isZero();
        assertThat(editing.changes()).isEmpty();
    }

    @Test
    void undoTakesBackEveryEditOfATaskAndAnEmptyDraftCannotBePublished() {
        String code = editing.add(editing.draft().stamp(), newTask("Een taak die weer weg mag"), OPERATOR);
        editing.reword(editing.draft().stamp(), "TECH_CORE_02", "Tijdelijk", "Temporary", OPERATOR);
        editing.retire(editing.draft().stamp(), "TECH_CORE_02", OPERATOR);
        editing.undo(editing.draft().stamp(), "TECH_CORE_02", OPERATOR);
        editing.undo(editing.draft().stamp(), code, OPERATOR);

        CatalogueDraft draft = editing.draft();
        assertThat(draft.changes()).isZero();
        assertThat(byCode(draft)).doesNotContainKey(code);
        assertThat(byCode(draft).get("TECH_CORE_02").change()).isEqualTo(DraftTask.Change.NONE);
        assertRefused(() -> editing.publish(draft.stamp(), "Noot", "Note", OPERATOR), "catalogue.error.nothing");
        assertRefused(() -> editing.publish(draft.stamp(), "", "Note", OPERATOR), "catalogue.error.note");
    }

    @Test
    void onlyAnOperatorMayEditTheCatalogue() {
        SignedIn.as("directeur@school.example", "SCHOOL_DIRECTOR");
        assertThatThrownBy(editing::draft).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.retire(new DraftStamp(2, 0), "ADM_CORE_04", "directeur@school.example"))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.asOperator();
        assertThat(editing.draft().saved()).isFalse();
    }

    private static void assertRefused(Runnable change, String key) {
        assertThatThrownBy(change::run).isInstanceOf(InvalidInputException.class).hasMessage(key);
    }
}
