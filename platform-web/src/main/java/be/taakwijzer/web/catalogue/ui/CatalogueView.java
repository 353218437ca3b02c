package be.taakwijzer.web.catalogue.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
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
import com.vaadin.flow.spring.security.AuthenticationContext;

import be.taakwijzer.shared.FlemishTime;
import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.SchoolYearService;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueChanges;
import be.taakwijzer.catalogue.CatalogueVersion;
import be.taakwijzer.catalogue.CatalogueService;
import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.catalogue.TaskFilter;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.shared.LocalizedText;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.web.allocation.ui.SchoolYearSelect;
import be.taakwijzer.web.allocation.ui.SelectedSchoolYear;
import be.taakwijzer.web.security.TaakwijzerUser;
import be.taakwijzer.web.shared.ui.Feedback;
import jakarta.annotation.security.PermitAll;

/**
 * The task catalogue of the guide: every task with its cluster and level, who can take it, the
 * competences per cluster and where the hours can come from. Browsable by cluster and level, searchable.
 * Staff see the catalogue version of their school year, what a newer version changes, and the group's ICT
 * staff adopt it for a year that has not started yet.
 */
@Route("catalogus")
@PermitAll
public class CatalogueView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final CatalogueService catalogueService;
    private final SchoolYearService years;
    private final boolean staff;
    private final boolean groupIctStaff;
    private final String actor;
    private final Div versionBar = new Div();
    private final Div versions = new Div();
    private final Tab versionsTab;
    private SchoolYear year;
    private int version;
    private Catalogue catalogue;

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

    public CatalogueView(CatalogueService catalogueService, SchoolYearService years, AuthenticationContext authentication) {
        this.catalogueService = catalogueService;
        this.years = years;
        this.staff = authentication.hasAnyRole(StaffRole.GROUP_ICT_STAFF.name(), StaffRole.GROUP_DPO.name(), StaffRole.SCHOOL_DIRECTOR.name());
        this.groupIctStaff = authentication.hasRole(StaffRole.GROUP_ICT_STAFF.name());
        this.actor = authentication.getAuthenticatedUser(TaakwijzerUser.class).map(TaakwijzerUser::actor).orElse("?");
        // staff read the version of their school year; others (umbrella advisers) the newest
        this.year = staff ? SelectedSchoolYear.get(years.years(), years.current()) : null;
        this.version = staff ? years.catalogueVersion(year) : catalogueService.latestVersion().number();
        this.catalogue = catalogueService.catalogue(version);
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
        versions.setId("catalogue-versions");
        versionsTab = tabs.add("", versions);
        tabs.setId("catalogue-tabs");
        versionBar.setId("catalogue-version");
        add(title, intro, versionBar, tabs);
        applyFilter(TaskFilter.ALL);
    }

    private void applyFilter(TaskFilter newFilter) {
        filter = newFilter;
        List<CatalogueTask> tasks = catalogueService.findTasks(version, filter);
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
        versionsTab.setLabel(getTranslation("catalogue.tab.versions"));
        showVersion();
        showVersions();
        referencePanels.show(this, locale);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    /** Which version the page shows, and a newer one with its changes (adoptable in a year that has not started). */
    private void showVersion() {
        versionBar.removeAll();
        List<CatalogueVersion> published = catalogueService.versions();
        CatalogueVersion shown = published.stream().filter(v -> v.number() == version).findFirst().orElseThrow();
        if (staff) {
            SchoolYearSelect yearSelect = new SchoolYearSelect(years, chosen -> {
                year = chosen;
                useVersion(years.catalogueVersion(chosen));
            });
            yearSelect.setLabel(getTranslation("year.label"));
            versionBar.add(yearSelect, new Paragraph(getTranslation("catalogue.version.of-year", year.label(), version, date(shown))));
        } else {
            versionBar.add(new Paragraph(getTranslation("catalogue.version.shown", version, date(shown))));
        }
        CatalogueVersion newest = published.getLast();
        if (newest.number() > version) {
            versionBar.add(newer(newest));
        }
    }

    private Component newer(CatalogueVersion newest) {
        CatalogueChanges changes = catalogueService.changes(version, newest.number());
        Div panel = new Div(new H3(getTranslation("catalogue.version.newer-title", newest.number(), date(newest))),
                new Paragraph(newest.note().in(getLocale())));
        panel.setId("catalogue-newer");
        panel.addClassNames("tw-notice", "tw-version-news");
        UnorderedList list = new UnorderedList();
        changes.added().forEach(task -> list.add(new ListItem(getTranslation("catalogue.version.added", task.name().in(getLocale())))));
        changes.reworded().forEach(r -> list.add(new ListItem(getTranslation("catalogue.version.reworded", r.before().in(getLocale()),
                r.task().name().in(getLocale())))));
        changes.retired().forEach(task -> list.add(new ListItem(getTranslation("catalogue.version.retired", task.name().in(getLocale())))));
        panel.add(list);
        if (staff && years.mayAdoptCatalogue(year)) {
            if (groupIctStaff) {
                Button adopt = new Button(getTranslation("catalogue.version.adopt", newest.number(), year.label()), click -> {
                    try {
                        years.adoptCatalogue(year, version, newest.number(), actor);
                        Feedback.saved(this, "catalogue.version.adopted", newest.number(), year.label());
                        useVersion(newest.number());
                    } catch (InvalidInputException refused) {
                        Feedback.refused(this, refused);
                    }
                });
                adopt.setId("catalogue-adopt");
                adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                panel.add(adopt);
            }
        } else if (staff) {
            panel.add(new Paragraph(getTranslation("catalogue.version.year-started", year.label(), version)));
        }
        return panel;
    }

    private void useVersion(int chosen) {
        version = chosen;
        catalogue = catalogueService.catalogue(chosen);
        applyFilter(filter);
        showVersion();
    }

    private void showVersions() {
        versions.removeAll();
        List<CatalogueVersion> published = new ArrayList<>(catalogueService.versions());
        Collections.reverse(published);
        for (CatalogueVersion v : published) {
            Div entry = new Div(new H3(getTranslation("catalogue.version.entry", v.number(), date(v), v.publishedBy())),
                    new Paragraph(v.note().in(getLocale())));
            entry.setId("catalogue-version-" + v.number());
            versions.add(entry);
        }
    }

    private String date(CatalogueVersion v) {
        return v.publishedAt().atZoneSameInstant(FlemishTime.ZONE).toLocalDate()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.title") + " | Taakwijzer";
    }
}
