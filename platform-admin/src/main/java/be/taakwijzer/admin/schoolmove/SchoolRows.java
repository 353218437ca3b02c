package be.taakwijzer.admin.schoolmove;

import java.util.UUID;
import java.util.function.BiFunction;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;

/**
 * One decision of the move plan: in {@code table}, the rows that {@code rows} selects for a school of a
 * group, and what happens to them. {@code key} names the decision (a table, or table.column for a
 * cleared reference) in the preview, the record and the texts. {@code recorded} is the column whose
 * values the old group's audit event lists for rows that do not move (which central task, which
 * contract), and {@code cleared} the column a {@link Disposition#REFERENCE_CLEARED} empties.
 */
public record SchoolRows(String key, Table<?> table, Disposition disposition, BiFunction<UUID, UUID, Condition> rows,
                         Field<UUID> recorded, Field<UUID> cleared) {

    /** The rows of {@code schoolId} in group {@code tenantId}. */
    public Condition of(UUID tenantId, UUID schoolId) {
        return rows.apply(tenantId, schoolId);
    }
}
