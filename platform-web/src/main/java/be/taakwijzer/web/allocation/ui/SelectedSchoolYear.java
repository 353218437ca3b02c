package be.taakwijzer.web.allocation.ui;

import java.util.List;

import com.vaadin.flow.server.VaadinSession;

import be.taakwijzer.allocation.SchoolYear;

/** The school year a person is working in, kept for their session so that every page shows the same year. */
public final class SelectedSchoolYear {

    private SelectedSchoolYear() {
    }

    /** The chosen year if it is still offered, else the latest offered year not after today's. */
    public static SchoolYear get(List<SchoolYear> offered, SchoolYear current) {
        SchoolYear chosen = VaadinSession.getCurrent().getAttribute(SchoolYear.class);
        if (chosen != null && offered.contains(chosen)) {
            return chosen;
        }
        return offered.stream().filter(year -> year.compareTo(current) <= 0).reduce((first, second) -> second).orElse(current);
    }

    public static void set(SchoolYear year) {
        VaadinSession.getCurrent().setAttribute(SchoolYear.class, year);
    }
}
