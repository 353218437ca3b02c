package be.taakwijzer.admin.schoolmove;

import java.time.OffsetDateTime;
import java.util.List;

import be.taakwijzer.allocation.SchoolYear;

/**
 * What moving {@code school} to {@code target} would do, as the operator confirms it: the school's rows per
 * table and what happens to them, the directors who go with it, the school years the new group gains, the
 * old group's central tasks whose coverage ends and the new group's that cover all of its schools. A
 * breach of the school that still awaits its report blocks the move. The fingerprint names the school's
 * rows as shown: the move is refused when they changed since.
 */
public record MovePreview(MovingSchool school, GroupChoice target, List<TableRows> tables, List<MovingDirector> directors,
                          List<SchoolYear> schoolYearsAdded, List<CentralCoverage> coverageEnding,
                          List<CentralCoverage> coverageInTarget, List<OffsetDateTime> breachesToReport, String fingerprint) {

    public MovePreview {
        tables = List.copyOf(tables);
        directors = List.copyOf(directors);
        schoolYearsAdded = List.copyOf(schoolYearsAdded);
        coverageEnding = List.copyOf(coverageEnding);
        coverageInTarget = List.copyOf(coverageInTarget);
        breachesToReport = List.copyOf(breachesToReport);
    }

    /** The decisions that concern at least one row and move them. */
    public List<TableRows> moving() {
        return tables.stream().filter(t -> t.rows() > 0 && t.disposition() == Disposition.MOVES).toList();
    }

    /** The decisions that concern at least one row and do not move it. */
    public List<TableRows> notMoving() {
        return tables.stream().filter(t -> t.rows() > 0 && t.disposition() != Disposition.MOVES).toList();
    }

    public boolean blocked() {
        return !breachesToReport.isEmpty();
    }
}
