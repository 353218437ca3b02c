package be.taakwijzer.shared.export;

import be.taakwijzer.shared.PlainNumber;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as Excel in Flanders opens it without a wizard: UTF-8 with a byte order mark, ';' between
 * fields, a decimal comma for Dutch, a point for English.
 */
public final class CsvFile {

    private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();

    private CsvFile() {
    }

    /** A typed name starting with =, +, - or @ would run as a formula in Excel: keep it text. */
    public static String asText(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    public static byte[] of(List<String> headers, List<List<Object>> rows, boolean decimalComma) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(headers);
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(value -> value instanceof BigDecimal number
                        ? plain(number, decimalComma)
                        : value == null ? "" : asText(value.toString())).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** 12.0 as "12", 2.5 as "2.5" (or "2,5" with a decimal comma). */
    private static String plain(BigDecimal number, boolean decimalComma) {
        String text = PlainNumber.of(number);
        return decimalComma ? text.replace('.', ',') : text;
    }
}
