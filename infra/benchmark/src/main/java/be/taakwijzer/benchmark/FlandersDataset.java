package be.taakwijzer.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Fills the benchmark's database with a Flanders-scale dataset: 4 umbrellas, 400 school groups,
 * 3,500 schools, 3 school years, about 10 people per school and year, their allocations, central
 * tasks, LeerID states (see {@code flanders-dataset.sql}). It loads once: a comment on the database
 * marks a finished load of this version of the dataset, and later runs reuse it.
 */
final class FlandersDataset {

    /** Written on the database at the end of the load; change it when the dataset changes. */
    static final String MARKER = "Taakwijzer Flanders dataset v1";
    static final int SCHOOLS_IN_GROUP_OF_30 = 30;

    private static final String SCRIPT = "flanders-dataset.sql";
    private static final String STEP = "-- step: ";
    private static final List<String> COUNTED = List.of("umbrella_organisation", "school_group", "school", "school_year",
            "staff_member", "school_plan", "school_person", "school_person_hours", "school_person_competence", "allocation",
            "allocation_share", "central_task", "central_task_school", "leerid_school");

    private FlandersDataset() {
    }

    /** The tenant of "Scholengroep Dertig", the group of exactly 30 schools. */
    static UUID groupOf30() {
        return md5Uuid("group-1");
    }

    /** "Koepel Noordster", the umbrella of more than 1,000 schools. */
    static UUID largeUmbrella() {
        return md5Uuid("umbrella-1");
    }

    /** Loads the dataset unless this version of it is there already. */
    static void ensure(BenchmarkDatabase database) throws Exception {
        database.provision();
        if (MARKER.equals(marker(database))) {
            System.out.println("Dataset: " + MARKER + " is there already (delete var/benchmark to load it afresh).");
            return;
        }
        // an older version of the dataset, or none: start from an empty database
        database.drop();
        database.provision();
        SchemaMigration.migrate(database.jdbcUrl(), BenchmarkDatabase.OWNER, BenchmarkDatabase.APP);
        long start = System.nanoTime();
        try (Connection owner = database.connectAsOwner()) {
            load(owner);
            try (Statement statement = owner.createStatement()) {
                statement.execute("VACUUM ANALYZE");
            }
        }
        database.checkpoint();
        System.out.printf("Dataset loaded, vacuumed, analysed and checkpointed in %.0f s.%n", (System.nanoTime() - start) / 1e9);
    }

    /**
     * Tenant tables force row-level security on their owner too. Loading group by group under
     * {@code app.tenant_id} would take 400 rounds of every statement; instead the load switches FORCE
     * off, so that the owner bypasses the policies, and on again at the end, in the same transaction:
     * if anything fails, the rollback restores FORCE with the rest.
     */
    private static void load(Connection owner) throws SQLException, IOException {
        owner.setAutoCommit(false);
        List<String> forced = forcedTables(owner);
        try (Statement statement = owner.createStatement()) {
            for (String table : forced) {
                statement.execute("ALTER TABLE " + table + " NO FORCE ROW LEVEL SECURITY");
            }
            for (String[] step : steps()) {
                long start = System.nanoTime();
                statement.execute(step[1]);
                System.out.printf("  %-18s %6.1f s%n", step[0], (System.nanoTime() - start) / 1e9);
            }
            printCounts(owner);
            for (String table : forced) {
                statement.execute("ALTER TABLE " + table + " FORCE ROW LEVEL SECURITY");
            }
            statement.execute("COMMENT ON DATABASE " + BenchmarkDatabase.NAME + " IS '" + MARKER + "'");
        }
        owner.commit();
        owner.setAutoCommit(true);
    }

    private static List<String> forcedTables(Connection owner) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = owner.createStatement();
             ResultSet rs = statement.executeQuery("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                     + " WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relforcerowsecurity ORDER BY c.relname")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** The script's steps: name and SQL (several statements each, run as one simple query). */
    private static List<String[]> steps() throws IOException {
        String script;
        try (InputStream in = FlandersDataset.class.getResourceAsStream(SCRIPT)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String[]> steps = new ArrayList<>();
        for (String part : script.split("\n" + STEP)) {
            if (part.startsWith("--")) {
                continue; // the header before the first step
            }
            int endOfName = part.indexOf('\n');
            steps.add(new String[] {part.substring(0, endOfName).trim(), part.substring(endOfName + 1)});
        }
        return steps;
    }

    private static void printCounts(Connection owner) throws SQLException {
        System.out.println("Rows per table:");
        try (Statement statement = owner.createStatement()) {
            for (String table : COUNTED) {
                try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    System.out.printf("  %-26s %,10d%n", table, rs.getLong(1));
                }
            }
        }
    }

    private static String marker(BenchmarkDatabase database) throws SQLException {
        try (Connection owner = database.connectAsOwner();
             PreparedStatement statement = owner.prepareStatement(
                     "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = ?")) {
            statement.setString(1, BenchmarkDatabase.NAME);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** As PostgreSQL's {@code md5(key)::uuid}, which the script uses for its ids. */
    private static UUID md5Uuid(String key) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(key.getBytes(StandardCharsets.UTF_8)));
            return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
