package be.taakwijzer.web.allocation.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import be.taakwijzer.shared.FlemishTime;
import be.taakwijzer.audit.AuditEntry;
import be.taakwijzer.tenancy.School;

/** Recorded changes: when, who, what, which school, and the values before and after. */
class HistoryGrid extends Grid<AuditEntry> {


    HistoryGrid(List<AuditEntry> entries, List<School> schools) {
        Map<UUID, String> schoolNames = schools.stream().collect(Collectors.toMap(School::id, School::name));
        setId("history-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        addColumn(entry -> entry.occurredAt().atZoneSameInstant(FlemishTime.ZONE).format(when)).setHeader(getTranslation("history.column.when"))
                .setFlexGrow(1);
        addColumn(AuditEntry::actor).setHeader(getTranslation("history.column.who")).setFlexGrow(1);
        addColumn(entry -> getTranslation("history.entity." + entry.entity()) + ": " + getTranslation("history.action." + entry.action().name()))
                .setHeader(getTranslation("history.column.what")).setFlexGrow(1);
        if (schools.size() > 1) {
            addColumn(entry -> entry.schoolId() == null ? getTranslation("history.whole-group")
                    : schoolNames.getOrDefault(entry.schoolId(), "")).setHeader(getTranslation("school.name")).setFlexGrow(1);
        }
        addColumn(entry -> entry.before() == null ? "" : entry.before()).setHeader(getTranslation("history.column.before")).setFlexGrow(3);
        addColumn(entry -> entry.after() == null ? "" : entry.after()).setHeader(getTranslation("history.column.after")).setFlexGrow(3);
        setItems(entries);
        setEmptyStateText(getTranslation("history.empty"));
    }
}
