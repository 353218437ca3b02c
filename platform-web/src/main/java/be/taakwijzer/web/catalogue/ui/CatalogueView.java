package be.taakwijzer.web.catalogue.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueService;
import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.catalogue.TaskFilter;
import be.taakwijzer.shared.LocalizedText;
import jakarta.annotation.security.PermitAll;

/**
 * The task catalogue of the guide: every task with its cluster and level, who can take it, the
 * competences per cluster and where the hours can come from. Browsable by cluster and level, searchable.
 */
@Route("catalogus")
@PermitAll
public class CatalogueView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final CatalogueService catalogueService;
    private final Catalogue catalogue;

    private final H2 title = new H2();
    private final Paragraph intro = new Paragraph();
    private final Select<String> clusterFilter = new Select<>();
    private final Select<String> levelFilter = new Select<>();
    private final TextField search = new TextField();
    private final Span count = new Span();
    private final Grid<CatalogueTask> grid = new Grid<>();
    private final Grid.Column<CatalogueTask> taskColumn;
    private final Grid.Column<CatalogueTask> clusterColumn;
    private final Grid.Column<CatalogueTask> levelColumn;
    private final Grid.Column<CatalogueTask> whoColumn;
    private final TabSheet tabs = new TabSheet();
    private final Tab tasksTab;
    private final CatalogueReferencePanels referencePanels;
    private TaskFilter filter = TaskFilter.ALL;

    public CatalogueView(CatalogueService catalogueService) {
        this.catalogueService = catalogueService;
        this.catalogue = catalogueService.catalogue();
        this.referencePanels = new CatalogueReferencePanels(catalogue);
        addClassName("tw-page");
        intro.addClassName("tw-intro");

        clusterFilter.setId("cluster-filter");
        clusterFilter.setItems(catalogue.clusters().stream().map(c -> c.code()).toList());
        clusterFilter.setEmptySelectionAllowed(true);
        clusterFilter.addValueChangeListener(e -> applyFilter(filter.withCluster(e.getValue())));

        levelFilter.setId("level-filter");
        levelFilter.setItems(catalogue.levels().stream().map(l -> l.code()).toList());
        levelFilter.setEmptySelectionAllowed(true);
        levelFilter.addValueChangeListener(e -> applyFilter(filter.withLevel(e.getValue())));

        search.setId("task-search");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilter(filter.withText(e.getValue())));

        count.setId("task-count");
        Div filters = new Div(clusterFilter, levelFilter, search, count);
        filters.addClassName("tw-filters");

        grid.setId("task-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        taskColumn = grid.addComponentColumn(this::taskCell).setFlexGrow(4).setKey("task");
        clusterColumn = grid.addColumn(task -> name(catalogue.cluster(task.clusterCode()).map(c -> c.name())))
                .setFlexGrow(1).setKey("cluster").setSortable(true);
        levelColumn = grid.addComponentColumn(this::levelBadge).setFlexGrow(1).setKey("level");
        whoColumn = grid.addComponentColumn(this::whoCell).setFlexGrow(2).setKey("who");
        grid.setAllRowsVisible(true);

        tasksTab = tabs.add("", new Div(filters, grid));
        referencePanels.addTo(tabs);
        tabs.setId("catalogue-tabs");
        add(title, intro, tabs);
        applyFilter(TaskFilter.ALL);
    }

    private void applyFilter(TaskFilter newFilter) {
        filter = newFilter;
        List<CatalogueTask> tasks = catalogueService.findTasks(filter);
        grid.setItems(tasks);
        count.setText(getTranslation("catalogue.count", tasks.size()));
    }

    private Component taskCell(CatalogueTask task) {
        Div cell = new Div(new Span(task.name().in(getLocale())));
        Span code = new Span(task.code());
        code.addClassName("tw-badge");
        cell.add(new Div(code));
        if (task.needsSpecialisation()) {
            Span specialist = new Span(getTranslation("catalogue.specialisation"));
            specialist.addClassNames("tw-badge", "tw-specialist");
            cell.add(specialist);
        }
        return cell;
    }

    private Component levelBadge(CatalogueTask task) {
        Span badge = new Span(name(catalogue.level(task.levelCode()).map(l -> l.name())));
        badge.addClassNames("tw-badge", switch (task.levelCode()) {
            case "CENTRAAL" -> "tw-central";
            case "KERNTAAK" -> "tw-core";
            default -> "tw-others";
        });
        return badge;
    }

    private Component whoCell(CatalogueTask task) {
        Div cell = new Div();
        var providers = catalogue.providersByCode();
        var takers = catalogue.takersByCode();
        task.providerCodes().forEach(code -> cell.add(badge(providers.get(code).name())));
        task.takerCodes().forEach(code -> cell.add(badge(takers.get(code).name())));
        return cell;
    }

    private Span badge(LocalizedText text) {
        Span badge = new Span(text.in(getLocale()));
        badge.addClassName("tw-badge");
        return badge;
    }

    private String name(Optional<LocalizedText> text) {
        return text.map(t -> t.in(getLocale())).orElse("");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Locale locale = event.getLocale();
        title.setText(getTranslation("catalogue.title"));
        intro.setText(getTranslation("catalogue.intro"));
        clusterFilter.setLabel(getTranslation("catalogue.filter.cluster"));
        clusterFilter.setEmptySelectionCaption(getTranslation("catalogue.filter.all-clusters"));
        clusterFilter.setPlaceholder(getTranslation("catalogue.filter.all-clusters"));
        clusterFilter.setItemLabelGenerator(code -> name(catalogue.cluster(code).map(c -> c.name())));
        levelFilter.setLabel(getTranslation("catalogue.filter.level"));
        levelFilter.setEmptySelectionCaption(getTranslation("catalogue.filter.all-levels"));
        levelFilter.setPlaceholder(getTranslation("catalogue.filter.all-levels"));
        levelFilter.setItemLabelGenerator(code -> name(catalogue.level(code).map(l -> l.name())));
        search.setLabel(getTranslation("catalogue.filter.search"));
        search.setPlaceholder(getTranslation("catalogue.filter.search-placeholder"));
        taskColumn.setHeader(getTranslation("catalogue.column.task"));
        clusterColumn.setHeader(getTranslation("catalogue.column.cluster"));
        levelColumn.setHeader(getTranslation("catalogue.column.level"));
        whoColumn.setHeader(getTranslation("catalogue.column.who"));
        applyFilter(filter);
        tasksTab.setLabel(getTranslation("catalogue.tab.tasks"));
        referencePanels.show(this, locale);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.title") + " | Taakwijzer";
    }
}
