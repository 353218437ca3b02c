package be.taakwijzer.web.allocation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.Cluster;
import be.taakwijzer.catalogue.TaskLevel;

/** The cluster and level choices above a list of tasks; empty means "all". */
final class TaskFilterSelects {

    private TaskFilterSelects() {
    }

    static Select<Cluster> cluster(String id, Catalogue catalogue, Cluster value) {
        Select<Cluster> cluster = new Select<>();
        cluster.setId(id);
        cluster.setLabel(cluster.getTranslation("catalogue.filter.cluster"));
        cluster.setItems(catalogue.clusters());
        cluster.setItemLabelGenerator(c -> c == null ? "" : c.name().in(UI.getCurrent().getLocale()));
        cluster.setEmptySelectionAllowed(true);
        cluster.setEmptySelectionCaption(cluster.getTranslation("catalogue.filter.all-clusters"));
        cluster.setValue(value);
        return cluster;
    }

    static Select<TaskLevel> level(String id, Catalogue catalogue, TaskLevel value) {
        Select<TaskLevel> level = new Select<>();
        level.setId(id);
        level.setLabel(level.getTranslation("catalogue.filter.level"));
        level.setItems(catalogue.levels());
        level.setItemLabelGenerator(l -> l == null ? "" : l.name().in(UI.getCurrent().getLocale()));
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(level.getTranslation("catalogue.filter.all-levels"));
        level.setValue(value);
        return level;
    }
}
