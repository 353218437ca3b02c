package be.taakwijzer.admin.schoolmove;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import be.taakwijzer.testsupport.TestDatabase;

/**
 * The move plan against the schema itself, so that a table added later cannot be forgotten: every tenant
 * table with a school_id, and every table referring to one that moves, has a decision; a moving row refers
 * only to rows that move too, to its new group and its school years, or to a reference the plan empties;
 * and every foreign key can wait for the end of the move's transaction.
 */
@SpringBootTest
class SchoolMovePlanTest {

    /** What the new group itself provides: its own row and the school years the move adds. */
    private static final Set<String> PROVIDED_BY_THE_NEW_GROUP = Set.of("school_group", "school_year");

    private record ForeignKey(String name, String child, String parent, List<String> columns, boolean deferrable) {
    }

    @Test
    void everyTableWithASchoolIdIsMovedOrDeliberatelyLeft() throws SQLException {
        Set<String> decided = SchoolMovePlan.plan().stream().map(rule -> rule.table().getName()).collect(Collectors.toSet());
        assertThat(tenantTablesWithSchoolId())
                .as("tenant tables with a school_id: add each to SchoolMovePlan (moves, link removed, reference cleared or stays) and to ADR 0012")
                .isNotEmpty().allSatisfy(table -> assertThat(decided).as(table).contains(table));
    }

    @Test
    void everyTableReferringToAMovingTableIsDecided() throws SQLException {
        Set<String> decided = SchoolMovePlan.plan().stream().map(rule -> rule.table().getName()).collect(Collectors.toSet());
        Set<String> moving = moving();
        for (ForeignKey key : tenantForeignKeys()) {
            if (moving.contains(key.parent()) && !key.child().equals(key.parent()) && !key.columns().isEmpty()) {
                assertThat(decided).as(key.child() + " refers to " + key.parent() + ", which moves (" + key.name() + ")").contains(key.child());
            }
        }
    }

    @Test
    void aMovingRowRefersOnlyToWhatMovesWithItOrToAReferenceThePlanEmpties() throws SQLException {
        Set<String> moving = moving();
        Set<String> cleared = SchoolMovePlan.plan().stream().filter(rule -> rule.disposition() == Disposition.REFERENCE_CLEARED)
                .map(rule -> rule.table().getName() + "." + rule.cleared().getName()).collect(Collectors.toSet());
        for (ForeignKey key : tenantForeignKeys()) {
            if (moving.contains(key.child()) && !moving.contains(key.parent()) && !PROVIDED_BY_THE_NEW_GROUP.contains(key.parent())) {
                assertThat(key.columns()).as(key.name()).hasSize(1);
                assertThat(cleared).as(key.child() + " refers to " + key.parent() + ", which stays with the old group (" + key.name() + ")")
                        .contains(key.child() + "." + key.columns().getFirst());
            }
        }
    }

    @Test
    void everyForeignKeyOfATenantTableMayWaitForTheEndOfTheTransaction() throws SQLException {
        assertThat(tenantForeignKeys()).isNotEmpty()
                .allSatisfy(key -> assertThat(key.deferrable()).as(key.child() + "." + key.name() + " must be DEFERRABLE INITIALLY IMMEDIATE (migration 016)").isTrue());
    }

    private static Set<String> moving() {
        return SchoolMovePlan.plan().stream().filter(rule -> rule.disposition() == Disposition.MOVES).map(rule -> rule.table().getName())
                .collect(Collectors.toSet());
    }

    private static List<String> tenantTablesWithSchoolId() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = TestDatabase.get().connectAsOperator(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     select c.relname from pg_class c
                     where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and c.relforcerowsecurity
                       and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
                       and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'school_id' and not a.attisdropped)
                     order by 1""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** The foreign keys of tenant tables that carry the tenant: their columns other than tenant_id, whether deferrable. */
    private static List<ForeignKey> tenantForeignKeys() throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (Connection connection = TestDatabase.get().connectAsOperator(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     select k.conname, child.relname, parent.relname, k.condeferrable,
                            (select string_agg(a.attname, ',' order by a.attnum) from pg_attribute a
                             where a.attrelid = k.conrelid and a.attnum = any(k.conkey) and a.attname <> 'tenant_id')
                     from pg_constraint k
                     join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid
                     where k.contype = 'f' and child.relnamespace = 'public'::regnamespace and child.relforcerowsecurity
                       and exists (select 1 from pg_attribute a where a.attrelid = k.conrelid and a.attnum = any(k.conkey) and a.attname = 'tenant_id')
                     order by 2, 1""")) {
            while (rs.next()) {
                String columns = rs.getString(5);
                keys.add(new ForeignKey(rs.getString(1), rs.getString(2), rs.getString(3),
                        columns == null ? List.of() : List.of(columns.split(",")), rs.getBoolean(4)));
            }
        }
        return keys;
    }
}
