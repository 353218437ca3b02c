package be.taakwijzer.admin.onboarding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import be.taakwijzer.tenancy.Instellingsnummer;

/**
 * Compares the file's schools with the database: new, changed (which fields), unchanged, invalid (a
 * line error, an unknown group, a school of another group) or skipped. Matching is by
 * instellingsnummer across all groups. Pure: the repository gives the rows.
 */
final class SchoolListComparison {

    private final Map<String, ImportGroup> groups;
    private final Map<String, StoredSchool> schools;

    SchoolListComparison(Map<String, ImportGroup> groups, Map<String, StoredSchool> schools) {
        this.groups = groups;
        this.schools = schools;
    }

    List<PreviewLine> compare(SchoolListFile file, ImportProgress progress) {
        List<PreviewLine> lines = new ArrayList<>();
        for (SchoolListLine line : file.lines()) {
            lines.add(compare(line));
            if (lines.size() % ImportProgress.STEP == 0) {
                progress.linesDone(lines.size(), file.lines().size());
            }
        }
        progress.linesDone(lines.size(), lines.size());
        return lines;
    }

    StoredSchool stored(Instellingsnummer instellingsnummer) {
        return schools.get(instellingsnummer.value());
    }

    private PreviewLine compare(SchoolListLine line) {
        if (line.isSkipped()) {
            return new PreviewLine(line.lineNumber(), line.instellingsnummer(), line.name(), ImportStatus.SKIPPED,
                    List.of(line.skipReason()), List.of(), null, null, null);
        }
        if (!line.isValid()) {
            return invalid(line, line.problems(), null);
        }
        ListedSchool school = line.school();
        ImportGroup group = groups.get(school.board().value());
        if (group == null) {
            return invalid(line, List.of(ImportMessage.of("import.line.unknownGroup", school.board().value())), null);
        }
        String groupName = group.umbrellaName() == null ? group.name() : group.name() + " (" + group.umbrellaName() + ")";
        StoredSchool stored = schools.get(school.instellingsnummer().value());
        if (stored == null) {
            return new PreviewLine(line.lineNumber(), line.instellingsnummer(), line.name(), ImportStatus.NEW, List.of(), List.of(),
                    groupName, school, group.tenantId());
        }
        if (!stored.tenantId().equals(group.tenantId())) {
            return invalid(line, List.of(ImportMessage.of("import.line.movesGroup")), groupName);
        }
        List<FieldChange> changes = changes(stored, school);
        return new PreviewLine(line.lineNumber(), line.instellingsnummer(), line.name(),
                changes.isEmpty() ? ImportStatus.UNCHANGED : ImportStatus.CHANGED, List.of(), changes, groupName, school,
                group.tenantId());
    }

    private static PreviewLine invalid(SchoolListLine line, List<ImportMessage> reasons, String groupName) {
        return new PreviewLine(line.lineNumber(), line.instellingsnummer(), line.name(), ImportStatus.INVALID, reasons, List.of(),
                groupName, null, null);
    }

    /**
     * An empty pupil count in the file says nothing: the stored count stays. A department field the file has
     * no column for says nothing either; a blank one clears it ({@link ListedSchool#over}).
     */
    static List<FieldChange> changes(StoredSchool stored, ListedSchool school) {
        List<FieldChange> changes = new ArrayList<>();
        add(changes, "name", stored.name(), school.name());
        add(changes, "street", stored.street(), school.street());
        add(changes, "postal_code", stored.postalCode(), school.postalCode());
        add(changes, "municipality", stored.municipality(), school.municipality());
        add(changes, "education_level", stored.educationLevel().name(), school.educationLevel().name());
        if (school.pupilCount() != null) {
            add(changes, "pupil_count", text(stored.pupilCount()), text(school.pupilCount()));
        }
        add(changes, "network", stored.network(), ListedSchool.over(school.network(), stored.network()));
        add(changes, "listed_umbrella", stored.listedUmbrella(), ListedSchool.over(school.umbrella(), stored.listedUmbrella()));
        add(changes, "school_community", stored.schoolCommunity(), ListedSchool.over(school.schoolCommunity(), stored.schoolCommunity()));
        add(changes, "recognition_status", stored.recognitionStatus(),
                ListedSchool.over(school.recognitionStatus(), stored.recognitionStatus()));
        return changes;
    }

    private static void add(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    /**
     * A digest of every row the file touches: the groups it names and the schools whose numbers it
     * lists, with their compared fields and version. Equal digests mean the comparison still holds.
     */
    String fingerprint() {
        Set<String> rows = new TreeSet<>();
        groups.values().forEach(group -> rows.add("group|" + group.instellingsnummer() + "|" + group.tenantId()));
        schools.values().forEach(school -> rows.add(String.join("|", "school", school.instellingsnummer(),
                school.tenantId().toString(), school.id().toString(), String.valueOf(school.version()), school.name(),
                String.valueOf(school.street()), String.valueOf(school.postalCode()), String.valueOf(school.municipality()),
                school.educationLevel().name(), String.valueOf(school.pupilCount()), String.valueOf(school.network()),
                String.valueOf(school.listedUmbrella()), String.valueOf(school.schoolCommunity()), String.valueOf(school.recognitionStatus()))));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            rows.forEach(row -> digest.update((row + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
