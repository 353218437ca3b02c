package be.taakwijzer.admin.onboarding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of the file holds what. Columns the import does not know are ignored; a required
 * column that is missing, a column given twice, or neither network nor umbrella rejects the file
 * with one message naming what is missing and what was found.
 */
final class SchoolListHeader {

    private final Map<SchoolListColumn, Integer> positions;
    private final int size;

    private SchoolListHeader(Map<SchoolListColumn, Integer> positions, int size) {
        this.positions = positions;
        this.size = size;
    }

    static SchoolListHeader of(List<String> names) {
        Map<SchoolListColumn, Integer> positions = new EnumMap<>(SchoolListColumn.class);
        List<ImportMessage> problems = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int position = i;
            SchoolListColumn.forHeader(name).ifPresent(column -> {
                if (positions.putIfAbsent(column, position) != null) {
                    problems.add(ImportMessage.of("import.file.columnTwice", column.officialName(), name));
                }
            });
        }
        List<String> missing = new ArrayList<>(Arrays.stream(SchoolListColumn.values())
                .filter(column -> column.required() && !positions.containsKey(column))
                .map(SchoolListColumn::officialName).toList());
        if (!positions.containsKey(SchoolListColumn.NETWORK) && !positions.containsKey(SchoolListColumn.UMBRELLA)) {
            missing.add(SchoolListColumn.NETWORK.officialName() + " / " + SchoolListColumn.UMBRELLA.officialName());
        }
        if (!missing.isEmpty()) {
            problems.addFirst(ImportMessage.of("import.file.missingColumns", String.join(", ", missing), String.join(" | ", names)));
        }
        if (!problems.isEmpty()) {
            throw new SchoolListRejectedException(problems);
        }
        return new SchoolListHeader(positions, names.size());
    }

    int size() {
        return size;
    }

    boolean has(SchoolListColumn column) {
        return positions.containsKey(column);
    }

    /** The stripped value of the column on this line, empty when the column is absent or blank. */
    Optional<String> value(List<String> fields, SchoolListColumn column) {
        Integer position = positions.get(column);
        if (position == null || position >= fields.size()) {
            return Optional.empty();
        }
        String value = fields.get(position).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
