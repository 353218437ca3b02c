package be.taakwijzer.web.allocation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;

import be.taakwijzer.allocation.PersonInput;
import be.taakwijzer.allocation.PersonRole;

/** Small helpers the allocation view tests share. */
final class PlanViewFixture {

    private PlanViewFixture() {
    }

    static PersonInput person(String name, PersonRole role, String funding, int hours, String... competences) {
        return new PersonInput(name, null, role, Map.of(funding, BigDecimal.valueOf(hours)), Set.of(competences));
    }

    @SuppressWarnings("unchecked")
    static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    /** The component in the "actions" column of the row whose item matches. */
    static <T> Component actionOf(Grid<T> grid, java.util.function.Predicate<T> row) {
        List<T> items = grid.getGenericDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (row.test(items.get(i))) {
                return _getCellComponent(grid, i, "actions");
            }
        }
        throw new AssertionError("No such row");
    }
}
