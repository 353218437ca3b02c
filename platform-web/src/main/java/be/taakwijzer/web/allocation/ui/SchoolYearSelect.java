package be.taakwijzer.web.allocation.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.select.Select;

import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.SchoolYearService;

/** Chooses the school year of every allocation page; the choice holds for the whole session. */
public class SchoolYearSelect extends Select<SchoolYear> {

    private final SchoolYearService years;

    public SchoolYearSelect(SchoolYearService years, Consumer<SchoolYear> onChange) {
        this.years = years;
        setId("school-year");
        setItemLabelGenerator(SchoolYear::label);
        reload();
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                SelectedSchoolYear.set(change.getValue());
                onChange.accept(change.getValue());
            }
        });
    }

    /** Reads the offered years again (e.g. after a new year was started) and selects the session's year. */
    void reload() {
        var offered = years.years();
        setItems(offered);
        setValue(SelectedSchoolYear.get(offered, years.current()));
    }
}
