package be.taakwijzer.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The hand-written statements of the benchmarks, kept as .sql files next to these classes. */
final class SqlFile {

    private SqlFile() {
    }

    static String read(String name) {
        try (InputStream in = SqlFile.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a query and reads every column of every row, as a caller would; gives the number of rows. */
    static int readAll(PreparedStatement statement) throws SQLException {
        int rows = 0;
        try (ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int column = 1; column <= columns; column++) {
                    rs.getObject(column);
                }
                rows++;
            }
        }
        return rows;
    }
}
