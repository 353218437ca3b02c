package be.taakwijzer.admin.onboarding;

import static be.taakwijzer.admin.onboarding.SchoolListColumn.BOARD;
import static be.taakwijzer.admin.onboarding.SchoolListColumn.HOUSE_NUMBER;
import static be.taakwijzer.admin.onboarding.SchoolListColumn.LEVEL;
import static be.taakwijzer.admin.onboarding.SchoolListColumn.MUNICIPALITY;
import static be.taakwijzer.admin.onboarding.SchoolListColumn.NAME;
import static be.taakwijzer.admin.onboarding.SchoolListColumn.NETWORK;
import static be.taakwijzer.admin.onboarding.SchoolListColumn.NUMBER;
import static be.taakwijzer.admin.onboarding.SchoolListColumn.POSTAL_CODE;
import static be.taakwijzer.admin.onboarding.SchoolListColumn.PUPIL_COUNT;
import static be.taakwijzer.admin.onboarding.SchoolListColumn.RECOGNITION;
import static be.taakwijzer.admin.onboarding.SchoolListColumn.SCHOOL_COMMUNITY;
import static be.taakwijzer.admin.onboarding.SchoolListColumn.STREET;
import static be.taakwijzer.admin.onboarding.SchoolListColumn.UMBRELLA;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import be.taakwijzer.tenancy.EducationLevel;
import be.taakwijzer.tenancy.Instellingsnummer;

/** Reads one data line into a school, or the reasons it cannot be one. */
final class SchoolListLineReader {

    /** The school table's limit on a name; other texts get the same, so that no line fails only in the database. */
    static final int MAX_TEXT = 200;
    static final int MAX_PUPILS = 100_000;

    private static final Pattern POSTAL_CODE_FORMAT = Pattern.compile("\\d{4}");
    private static final Pattern COUNT_FORMAT = Pattern.compile("\\d{1,6}");

    private final SchoolListHeader header;

    SchoolListLineReader(SchoolListHeader header) {
        this.header = header;
    }

    SchoolListLine read(int lineNumber, List<String> fields) {
        String number = header.value(fields, NUMBER).orElse("");
        String name = header.value(fields, NAME).orElse("");
        if (fields.size() != header.size()) {
            return SchoolListLine.invalid(lineNumber, number, name,
                    List.of(ImportMessage.of("import.line.fieldCount", header.size(), fields.size())));
        }
        Optional<ImportMessage> unreadable = unreadable(fields);
        if (unreadable.isPresent()) {
            return SchoolListLine.invalid(lineNumber, number, name, List.of(unreadable.get()));
        }
        Optional<String> recognition = header.value(fields, RECOGNITION);
        if (recognition.isPresent() && !recognised(recognition.get())) {
            return SchoolListLine.skipped(lineNumber, number, name, ImportMessage.of("import.line.notRecognised", recognition.get()));
        }
        return school(lineNumber, fields, number, name);
    }

    private SchoolListLine school(int lineNumber, List<String> fields, String number, String name) {
        List<ImportMessage> problems = new ArrayList<>();
        Instellingsnummer instellingsnummer = instellingsnummer(number, "import.line.numberInvalid", problems);
        if (name.isEmpty()) {
            problems.add(ImportMessage.of("import.line.nameMissing"));
        }
        String postalCode = header.value(fields, POSTAL_CODE).orElse("");
        if (!POSTAL_CODE_FORMAT.matcher(postalCode).matches()) {
            problems.add(ImportMessage.of("import.line.postalCodeInvalid", postalCode));
        }
        String levelName = header.value(fields, LEVEL).orElse("");
        Optional<EducationLevel> level = EducationLevelNames.forName(levelName);
        if (level.isEmpty()) {
            problems.add(ImportMessage.of("import.line.levelUnknown", levelName));
        }
        Instellingsnummer board = instellingsnummer(header.value(fields, BOARD).orElse(""), "import.line.boardInvalid", problems);
        Integer pupils = pupilCount(fields, problems);
        String street = street(fields);
        for (SchoolListColumn column : SchoolListColumn.values()) {
            if (header.value(fields, column).map(String::length).orElse(0) > MAX_TEXT) {
                problems.add(ImportMessage.of("import.line.tooLong", column.officialName(), MAX_TEXT));
            }
        }
        if (!problems.isEmpty()) {
            return SchoolListLine.invalid(lineNumber, instellingsnummer == null ? number : instellingsnummer.value(), name, problems);
        }
        return SchoolListLine.valid(lineNumber, new ListedSchool(instellingsnummer, name, street, postalCode,
                header.value(fields, MUNICIPALITY).orElse(null), level.orElseThrow(), listed(fields, NETWORK), listed(fields, UMBRELLA),
                board, listed(fields, SCHOOL_COMMUNITY), pupils, listed(fields, RECOGNITION)));
    }

    /**
     * A department field as {@link ListedSchool} keeps it: null without the column, the empty text when blank.
     */
    private String listed(List<String> fields, SchoolListColumn column) {
        return header.has(column) ? header.value(fields, column).orElse("") : null;
    }

    /**
     * Recognised by the department, so imported: the code {@code E} of the instellingsgegevens API (whose other
     * codes I, S, W and X it does not explain), or a description that says recognised — "Erkend", and the two
     * stages the inspectorate names, "Voorlopig erkend" (a new school's first year) and "Definitief erkend".
     * An empty status counts as recognised (lists filtered on recognition leave it out). Anything else is
     * skipped, with the value shown in the preview.
     */
    static boolean recognised(String status) {
        String key = TextKey.of(status);
        return key.equals("e") || key.startsWith("erkend") || key.startsWith("voorlopigerkend") || key.startsWith("definitieferkend");
    }

    private static Instellingsnummer instellingsnummer(String raw, String problemKey, List<ImportMessage> problems) {
        try {
            return Instellingsnummer.parse(raw);
        } catch (IllegalArgumentException e) {
            problems.add(ImportMessage.of(problemKey, raw));
            return null;
        }
    }

    private Integer pupilCount(List<String> fields, List<ImportMessage> problems) {
        Optional<String> raw = header.value(fields, PUPIL_COUNT);
        if (raw.isEmpty()) {
            return null;
        }
        if (!COUNT_FORMAT.matcher(raw.get()).matches() || Integer.parseInt(raw.get()) > MAX_PUPILS) {
            problems.add(ImportMessage.of("import.line.pupilCountInvalid", raw.get()));
            return null;
        }
        return Integer.valueOf(raw.get());
    }

    /** The department gives street and house number apart; we store them as one address line. */
    private String street(List<String> fields) {
        Optional<String> street = header.value(fields, STREET);
        Optional<String> houseNumber = header.value(fields, HOUSE_NUMBER);
        if (street.isPresent() && houseNumber.isPresent()) {
            return street.get() + " " + houseNumber.get();
        }
        return street.orElse(null);
    }

    /** Bytes that fit neither encoding, or control characters (a binary file, a broken export). */
    private static Optional<ImportMessage> unreadable(List<String> fields) {
        for (String field : fields) {
            if (field.indexOf(DecodedText.INVALID) >= 0) {
                return Optional.of(ImportMessage.of("import.line.badEncoding"));
            }
            if (field.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
                return Optional.of(ImportMessage.of("import.line.controlCharacter"));
            }
        }
        return Optional.empty();
    }
}
