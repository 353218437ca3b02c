package be.taakwijzer.admin.catalogue.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import be.taakwijzer.admin.catalogue.CatalogueChangeEntry;
import be.taakwijzer.admin.catalogue.DraftTask;
import be.taakwijzer.testsupport.CatalogueVersionFixture;
import be.taakwijzer.ui.i18n.LanguageSwitcher;
import be.taakwijzer.ui.i18n.TaakwijzerI18NProvider;
import be.taakwijzer.ui.testsupport.KaribuViewTest;

@SpringBootTest
class CatalogueEditorViewTest extends KaribuViewTest {

    @AfterEach
    void backToTheGuide() {
        CatalogueVersionFixture.resetToTheGuide();
    }

    @Test
    void theOperatorAddsATaskRetiresOneAndPublishesTheNextVersion() {
        login("op-1", "Operator Eén", "operator@taakwijzer.test", List.of("PLATFORM_OPERATOR"));
        UI.getCurrent().navigate(CatalogueEditorView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Takencatalogus");
        assertThat(status()).startsWith("Gepubliceerd: versie 1").endsWith("Ontwerp van versie 2: 0 wijziging(en).");
        assertThat(_get(Button.class, spec -> spec.withId("catalogue-publish")).isEnabled()).isFalse();

        _click(_get(Button.class, spec -> spec.withId("catalogue-add")));
        _click(_get(Button.class, spec -> spec.withId("task-save")));
        @SuppressWarnings("unchecked")
        Select<String> cluster = _get(Select.class, spec -> spec.withId("task-cluster"));
        assertThat(cluster.isInvalid()).isTrue();
        assertThat(cluster.getErrorMessage()).isEqualTo("Kies een cluster.");
        _setValue(cluster, "PEDAGOGISCH");
        _setValue(_get(Select.class, spec -> spec.withId("task-level")), "KERNTAAK");
        _setValue(_get(TextArea.class, spec -> spec.withId("task-name-nl")), "Een leerlijn mediawijsheid uitwerken");
        _setValue(_get(TextArea.class, spec -> spec.withId("task-name-en")), "Developing a media literacy learning path");
        _click(_get(Button.class, spec -> spec.withId("task-save")));

        assertThat(tasks()).anySatisfy(task -> {
            assertThat(task.code()).isEqualTo("PED_CORE_07");
            assertThat(task.change()).isEqualTo(DraftTask.Change.ADDED);
        });
        _click(action("ADM_CORE_04", "retire-ADM_CORE_04"));
        assertThat(tasks()).filteredOn(task -> task.code().equals("ADM_CORE_04")).singleElement()
                .extracting(DraftTask::change).isEqualTo(DraftTask.Change.RETIRED);
        assertThat(status()).endsWith("Ontwerp van versie 2: 2 wijziging(en).");

        _click(_get(Button.class, spec -> spec.withId("catalogue-publish")));
        _click(_get(Button.class, spec -> spec.withId("publish-confirm")));
        assertThat(_get(TextArea.class, spec -> spec.withId("publish-note-nl")).getErrorMessage())
                .isEqualTo("Schrijf een toelichting in het Nederlands en in het Engels.");
        _setValue(_get(TextArea.class, spec -> spec.withId("publish-note-nl")), "Mediawijsheid erbij, een verouderde taak eraf.");
        _setValue(_get(TextArea.class, spec -> spec.withId("publish-note-en")), "Media literacy in, an outdated task out.");
        _click(_get(Button.class, spec -> spec.withId("publish-confirm")));

        assertThat(status()).startsWith("Gepubliceerd: versie 2").endsWith("Ontwerp van versie 3: 0 wijziging(en).");
        @SuppressWarnings("unchecked")
        Grid<CatalogueChangeEntry> log = _get(Grid.class, spec -> spec.withId("catalogue-log"));
        assertThat(log.getGenericDataView().getItems().toList()).extracting(CatalogueChangeEntry::changedBy)
                .containsOnly("operator@taakwijzer.test").hasSize(2);

        LanguageSwitcher.switchTo(TaakwijzerI18NProvider.ENGLISH);
        assertThat(_get(H2.class).getText()).isEqualTo("Task catalogue");
        assertThat(status()).startsWith("Published: version 2");
    }

    @Test
    void aDirectorIsRefused() {
        login("d-1", "Directeur Vlinder", "directeur.vlinder@noorderlicht.example", List.of());
        UI.getCurrent().navigate(CatalogueEditorView.class);
        assertThat(_get(H2.class, spec -> spec.withId("access-denied-title")).getText()).isEqualTo("Alleen voor operatoren");
    }

    private static String status() {
        return _get(Paragraph.class, spec -> spec.withId("catalogue-status")).getText();
    }

    /** A row's action button: the grid renders its component cells on demand. */
    @SuppressWarnings("unchecked")
    private static Button action(String code, String id) {
        Grid<DraftTask> grid = _get(Grid.class, spec -> spec.withId("catalogue-tasks"));
        int row = tasks().stream().map(DraftTask::code).toList().indexOf(code);
        return (Button) _getCellComponent(grid, row, "actions").getChildren()
                .filter(child -> child.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<DraftTask> tasks() {
        return ((Grid<DraftTask>) _get(Grid.class, spec -> spec.withId("catalogue-tasks"))).getGenericDataView().getItems().toList();
    }
}
