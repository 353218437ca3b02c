package be.taakwijzer.admin.onboarding;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import be.taakwijzer.tenancy.Instellingsnummer;

/**
 * The official school list as an operator uploads it (a CSV export of the department's
 * instellingsgegevens), read without the database: the encoding, the separator from the header line,
 * the header's columns, and every data line as a school or the reasons it is not one. A file that
 * cannot be read as a whole is rejected with {@link SchoolListRejectedException}.
 */
public record SchoolListFile(Charset charset, char separator, List<SchoolListLine> lines) {

    public static final int MAX_BYTES = 20 * 1024 * 1024;

    public SchoolListFile {
        lines = List.copyOf(lines);
    }

    /** Refuses a file the client declares larger than the limit before reading a byte, and never reads past the limit. */
    public static SchoolListFile read(InputStream in, long declaredSize, ImportProgress progress) throws IOException {
        if (declaredSize > MAX_BYTES) {
            throw tooLarge();
        }
        byte[] content = in.readNBytes(MAX_BYTES + 1);
        return parse(content, progress);
    }

    public static SchoolListFile parse(byte[] content, ImportProgress progress) {
        if (content.length > MAX_BYTES) {
            throw tooLarge();
        }
        DecodedText decoded = DecodedText.of(content);
        String text = decoded.text();
        if (text.isBlank()) {
            throw new SchoolListRejectedException(ImportMessage.of("import.file.empty"));
        }
        char separator = separatorOf(firstLine(text));
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(separator)
                .setIgnoreEmptyLines(false).get();
        int estimatedLines = (int) text.chars().filter(c -> c == '\n').count() + 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            hasNext(records, parser);
            SchoolListHeader header = SchoolListHeader.of(records.next().toList());
            SchoolListLineReader reader = new SchoolListLineReader(header);
            List<SchoolListLine> lines = new ArrayList<>();
            while (hasNext(records, parser)) {
                CSVRecord record = records.next();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                lines.add(reader.read((int) record.getRecordNumber(), record.toList()));
                if (lines.size() % ImportProgress.STEP == 0) {
                    progress.linesDone(lines.size(), estimatedLines);
                }
            }
            if (lines.isEmpty()) {
                throw new SchoolListRejectedException(ImportMessage.of("import.file.noLines"));
            }
            progress.linesDone(lines.size(), lines.size());
            return new SchoolListFile(decoded.charset(), separator, markDuplicates(lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commons CSV reports a broken quote while moving to the next record: say on which line. */
    private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new SchoolListRejectedException(ImportMessage.of("import.file.unreadableQuotes", parser.getCurrentLineNumber() + 1));
        }
    }

    /** The separator is the one the header line uses most: the department's own export uses ';', others ','. */
    private static char separatorOf(String headerLine) {
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        return commas > semicolons ? ',' : ';';
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** Every line of a number that appears more than once is an error: which of them is right is not ours to guess. */
    private static List<SchoolListLine> markDuplicates(List<SchoolListLine> lines) {
        Map<String, List<Integer>> lineNumbersByNumber = lines.stream().filter(line -> numberOf(line) != null)
                .collect(Collectors.groupingBy(SchoolListFile::numberOf, LinkedHashMap::new,
                        Collectors.mapping(SchoolListLine::lineNumber, Collectors.toList())));
        return lines.stream().map(line -> {
            String number = numberOf(line);
            if (number == null) {
                return line;
            }
            List<Integer> same = lineNumbersByNumber.get(number);
            return same.size() > 1
                    ? line.withProblem(ImportMessage.of("import.line.duplicate", line.instellingsnummer(),
                            same.stream().map(String::valueOf).collect(Collectors.joining(", "))))
                    : line;
        }).toList();
    }

    /** The restored number of a line that is not skipped, or null when it has none. */
    private static String numberOf(SchoolListLine line) {
        if (line.isSkipped()) {
            return null;
        }
        try {
            return Instellingsnummer.parse(line.instellingsnummer()).value();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static SchoolListRejectedException tooLarge() {
        return new SchoolListRejectedException(ImportMessage.of("import.file.tooLarge", MAX_BYTES / (1024 * 1024)));
    }
}
