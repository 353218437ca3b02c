package be.taakwijzer.admin.schoolmove;

import java.util.List;

import be.taakwijzer.allocation.SchoolYear;

/** A move done: the school now in {@code target}, the rows per decision, the years added and the notices the school got. */
public record MoveResult(MovingSchool school, GroupChoice target, List<TableRows> tables, List<SchoolYear> schoolYearsAdded,
                         int noticesAdded) {

    public int rowsMoved() {
        return tables.stream().filter(t -> t.disposition() == Disposition.MOVES).mapToInt(TableRows::rows).sum();
    }

    public int linksRemoved() {
        return tables.stream().filter(t -> t.disposition() == Disposition.LINK_REMOVED).mapToInt(TableRows::rows).sum();
    }
}
