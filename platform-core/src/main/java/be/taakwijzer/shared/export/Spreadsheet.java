package be.taakwijzer.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An xlsx workbook of plain sheets: a bold, frozen header with a filter, then rows of text and numbers. */
public final class Spreadsheet implements AutoCloseable {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;

    public Spreadsheet() {
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
    }

    /** A sheet with the header and rows; cells are String, BigDecimal, Number or null. */
    public void sheet(String name, List<String> headers, List<List<Object>> rows, int... widths) {
        Sheet sheet = workbook.createSheet(name);
        Row top = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            top.createCell(i).setCellValue(headers.get(i));
            top.getCell(i).setCellStyle(header);
            sheet.setColumnWidth(i, 256 * (i < widths.length ? widths[i] : 14));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof BigDecimal number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else if (value instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else if (value != null) {
                    row.createCell(c).setCellValue(value.toString());
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, headers.size() - 1));
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
