package be.taakwijzer.web.catalogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.ui.i18n.LanguageSwitcher;
import be.taakwijzer.ui.i18n.TaakwijzerI18NProvider;
import be.taakwijzer.web.testsupport.WebViewTest;

@SpringBootTest
class CatalogueViewTest extends WebViewTest {

    @BeforeEach
    void openCatalogue() {
        loginAsStaff(UUID.randomUUID(), StaffRole.SCHOOL_DIRECTOR, UUID.randomUUID(), "Directeur Testschool");
        UI.getCurrent().navigate(CatalogueView.class);
    }

    @Test
    void showsEveryTaskOfTheGuideInDutchFirst() {
        assertThat(_get(H2.class, spec -> spec.withText("Takencatalogus"))).isNotNull();
        Grid<CatalogueTask> grid = taskGrid();
        assertThat(_size(grid)).isGreaterThanOrEqualTo(40);
        assertThat(rows(grid)).anyMatch(row -> row.contains("Implementeren en opvolgen van een back-upstrategie inclusief archivering")
                && row.contains("Kerntaak van het ICT-team") && row.contains("Specialisatie nodig"));
        assertThat(rows(grid)).anyMatch(row -> row.startsWith("Offertes, bestekken, raamcontracten")
                && row.contains("Aankoopcentrale") && row.contains("Kenniscentrum Digisprong"));
        assertThat(_get(Span.class, spec -> spec.withId("task-count")).getText()).endsWith("taken");
    }

    @Test
    void filtersByClusterAndLevel() {
        Grid<CatalogueTask> grid = taskGrid();
        int all = _size(grid);
        select("cluster-filter").setValue("TECHNISCH");
        List<CatalogueTask> technical = items(grid);
        assertThat(technical).isNotEmpty().hasSizeLessThan(all).allMatch(t -> t.clusterCode().equals("TECHNISCH"));

        select("level-filter").setValue("CENTRAAL");
        assertThat(items(grid)).isNotEmpty().allMatch(t -> t.clusterCode().equals("TECHNISCH") && t.levelCode().equals("CENTRAAL"));

        select("cluster-filter").setValue(null);
        select("level-filter").setValue(null);
        assertThat(_size(grid)).isEqualTo(all);
    }

    @Test
    void searchesInDutchAndEnglishNames() {
        TextField search = _get(TextField.class, spec -> spec.withId("task-search"));
        search.setValue("helpdesk");
        assertThat(items(taskGrid())).extracting(t -> t.name().nl()).anyMatch(name -> name.toLowerCase().contains("helpdesk"));

        search.setValue("backup strategy");
        assertThat(items(taskGrid())).isNotEmpty().allMatch(t -> t.name().en().toLowerCase().contains("backup strategy"));

        search.setValue("geen-taak-heet-zo");
        assertThat(_size(taskGrid())).isZero();
        assertThat(_get(Span.class, spec -> spec.withId("task-count")).getText()).isEqualTo("Geen taken");
    }

    @Test
    void switchesToEnglishAndBack() {
        LanguageSwitcher.switchTo(TaakwijzerI18NProvider.ENGLISH);
        assertThat(_get(H2.class, spec -> spec.withText("Task catalogue"))).isNotNull();
        assertThat(rows(taskGrid())).anyMatch(row -> row.contains("backup strategy"));
        assertThat(_get(Span.class, spec -> spec.withId("task-count")).getText()).endsWith("tasks");

        LanguageSwitcher.switchTo(TaakwijzerI18NProvider.DUTCH);
        assertThat(_get(H2.class, spec -> spec.withText("Takencatalogus"))).isNotNull();
    }

    @SuppressWarnings("unchecked")
    private static Grid<CatalogueTask> taskGrid() {
        return _get(Grid.class, spec -> spec.withId("task-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Select<String> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private static List<CatalogueTask> items(Grid<CatalogueTask> grid) {
        return grid.getGenericDataView().getItems().toList();
    }

    /** What a person reads in each row: the task cell's text, then the other columns. */
    private static List<String> rows(Grid<CatalogueTask> grid) {
        return IntStream.range(0, _size(grid))
                .mapToObj(i -> _getCellComponent(grid, i, "task").getElement().getTextRecursively() + " | "
                        + _getCellComponent(grid, i, "level").getElement().getTextRecursively() + " | "
                        + _getCellComponent(grid, i, "who").getElement().getTextRecursively())
                .toList();
    }

}
