package be.taakwijzer.admin.catalogue.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import be.taakwijzer.shared.FlemishTime;
import be.taakwijzer.admin.catalogue.CatalogueChangeEntry;
import be.taakwijzer.admin.catalogue.CatalogueDraft;
import be.taakwijzer.admin.catalogue.CatalogueEditingService;
import be.taakwijzer.admin.catalogue.DraftTask;
import be.taakwijzer.admin.layout.AdminLayout;
import be.taakwijzer.admin.security.CurrentOperator;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueService;
import be.taakwijzer.catalogue.CatalogueVersion;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.ui.LocalizedPage;
import jakarta.annotation.security.RolesAllowed;

/**
 * The task catalogue as the operator edits it: the draft of the next version against the newest published
 * one (added, reworded, retired tasks), publishing it, and the log of every edit.
 */
@Route(value = "catalogus", layout = AdminLayout.class)
@RolesAllowed("PLATFORM_OPERATOR")
public class CatalogueEditorView extends LocalizedPage {


    private final CatalogueEditingService editing;
    private final CatalogueService catalogues;
    private final String actor;
    private CatalogueDraft draft;

    public CatalogueEditorView(CatalogueEditingService editing, CatalogueService catalogues, AuthenticationContext authentication) {
        this.editing = editing;
        this.catalogues = catalogues;
        this.actor = CurrentOperator.email(authentication);
    }

    @Override
    protected String titleKey() {
        return "catalogue.editor.title";
    }

    @Override
    protected void render() {
        draft = editing.draft();
        Catalogue catalogue = catalogues.catalogue(draft.basedOn());
        CatalogueVersion published = catalogues.latestVersion();
        Paragraph status = new Paragraph(getTranslation("catalogue.editor.status", published.number(),
                published.publishedAt().atZoneSameInstant(FlemishTime.ZONE).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())),
                draft.stamp().number(), draft.changes()));
        status.setId("catalogue-status");
        Button add = new Button(getTranslation("catalogue.editor.add"), click -> new TaskDialog(catalogue, null, (nl, en, task) -> {
            editing.add(draft.stamp(), task, actor);
            refresh();
        }).open());
        add.setId("catalogue-add");
        Button publish = new Button(getTranslation("catalogue.editor.publish"), click -> new PublishDialog(draft, (nl, en) -> {
            int number = editing.publish(draft.stamp(), nl, en, actor);
            Notification.show(getTranslation("catalogue.editor.published", number)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        }).open());
        publish.setId("catalogue-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setEnabled(draft.changes() > 0);
        Div actions = new Div(add, publish);
        actions.addClassName("tw-filters");

        add(new H2(getTranslation("catalogue.editor.title")), new Paragraph(getTranslation("catalogue.editor.intro")), status, actions,
                tasks(catalogue), new H3(getTranslation("catalogue.editor.log")), log());
    }

    private Grid<DraftTask> tasks(Catalogue catalogue) {
        Grid<DraftTask> grid = new Grid<>();
        grid.setId("catalogue-tasks");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(DraftTask::code).setHeader(getTranslation("catalogue.editor.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("catalogue.editor.task")).setFlexGrow(4);
        grid.addColumn(task -> catalogue.cluster(task.clusterCode()).map(c -> c.name().in(getLocale())).orElse(task.clusterCode()))
                .setHeader(getTranslation("catalogue.editor.cluster")).setFlexGrow(1);
        grid.addColumn(task -> catalogue.level(task.levelCode()).map(l -> l.name().in(getLocale())).orElse(task.levelCode()))
                .setHeader(getTranslation("catalogue.editor.level")).setFlexGrow(1);
        grid.addComponentColumn(this::changeBadge).setHeader(getTranslation("catalogue.editor.change")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(draft.tasks());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component nameCell(DraftTask task) {
        Div cell = new Div(new Span(task.name().in(getLocale())));
        if (task.before() != null) {
            Span before = new Span(task.before().in(getLocale()));
            before.addClassName("tw-before");
            before.getStyle().set("text-decoration", "line-through").set("color", "var(--lumo-secondary-text-color)");
            cell.add(new Div(before));
        }
        return cell;
    }

    private Component changeBadge(DraftTask task) {
        if (task.change() == DraftTask.Change.NONE) {
            return new Span();
        }
        Span badge = new Span(getTranslation("catalogue.change." + task.change().name()));
        badge.getElement().getThemeList().add(task.change() == DraftTask.Change.RETIRED ? "badge error" : "badge success");
        return badge;
    }

    private Component actions(DraftTask task) {
        Div actions = new Div();
        if (task.change() != DraftTask.Change.RETIRED) {
            Button reword = new Button(getTranslation("catalogue.editor.reword"), click -> new TaskDialog(null, task, (nl, en, ignored) -> {
                editing.reword(draft.stamp(), task.code(), nl, en, actor);
                refresh();
            }).open());
            reword.setId("reword-" + task.code());
            reword.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(reword);
            if (!task.workspace()) {
                Button retire = new Button(getTranslation("catalogue.editor.retire"), click -> act(() -> editing.retire(draft.stamp(), task.code(), actor)));
                retire.setId("retire-" + task.code());
                retire.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                actions.add(retire);
            }
        }
        if (task.change() != DraftTask.Change.NONE) {
            Button undo = new Button(getTranslation("catalogue.editor.undo"), click -> act(() -> editing.undo(draft.stamp(), task.code(), actor)));
            undo.setId("undo-" + task.code());
            undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(undo);
        }
        return actions;
    }

    private Grid<CatalogueChangeEntry> log() {
        Grid<CatalogueChangeEntry> grid = new Grid<>();
        grid.setId("catalogue-log");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        grid.addColumn(entry -> entry.changedAt().atZoneSameInstant(FlemishTime.ZONE).format(format)).setHeader(getTranslation("catalogue.log.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CatalogueChangeEntry::changedBy).setHeader(getTranslation("catalogue.log.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.version()).setHeader(getTranslation("catalogue.log.version")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> getTranslation("catalogue.log." + entry.kind()) + " " + entry.taskCode())
                .setHeader(getTranslation("catalogue.log.what")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.beforeNl() == null ? "" : entry.beforeNl()).setHeader(getTranslation("catalogue.log.before")).setFlexGrow(2);
        grid.addColumn(entry -> entry.afterNl() == null ? "" : entry.afterNl()).setHeader(getTranslation("catalogue.log.after")).setFlexGrow(2);
        grid.setItems(editing.changes());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        removeAll();
        render();
    }
}
