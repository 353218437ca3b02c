package be.taakwijzer.admin.onboarding;

import static be.taakwijzer.admin.onboarding.ImportFixtures.OPERATOR_EMAIL;
import static be.taakwijzer.admin.onboarding.ImportFixtures.asOperator;
import static be.taakwijzer.admin.onboarding.ImportFixtures.csv;
import static be.taakwijzer.admin.onboarding.ImportFixtures.group;
import static be.taakwijzer.admin.onboarding.ImportFixtures.line;
import static be.taakwijzer.admin.onboarding.ImportFixtures.school;
import static be.taakwijzer.admin.onboarding.ImportFixtures.schoolNumber;
import static be.taakwijzer.admin.onboarding.ImportFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestContextManager;

import be.taakwijzer.admin.onboarding.ImportFixtures.TestGroup;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Whatever a file goes through (columns dropped or doubled, truncated, bad bytes, other separators,
 * blank numbers, doubled lines, unknown groups, emptied), the import either commits the whole file or
 * leaves the database exactly as it was: never part of it. Against the real test database, in the
 * Spring context the other tests share (jqwik has no Spring extension: the test context manager injects).
 */
@SpringBootTest
class SchoolListImportProperties {

    @Autowired
    SchoolListImport importer;

    @BeforeProperty
    void injectSpringBeans() throws Exception {
        new TestContextManager(getClass()).prepareTestInstance(this);
    }

    @Property(tries = 150)
    void anImportIsAllOrNothing(@ForAll("mutations") @Size(min = 1, max = 3) List<Mutation> mutations) {
        byte[] valid = validFile();
        byte[] file = mutations.stream().reduce(valid, (content, mutation) -> mutation.apply(content), (a, b) -> b);
        List<String> before = snapshot();

        boolean imported = imported(file);
        Statistics.collect(imported ? "committed" : "refused");
        if (imported) {
            SchoolListPreview again = asOperator(() -> importer.preview(SchoolListFile.parse(file, ImportProgress.NONE), ImportProgress.NONE));
            assertThat(again.lines()).as("every line of a committed file is in the database")
                    .extracting(PreviewLine::status).isSubsetOf(ImportStatus.UNCHANGED, ImportStatus.SKIPPED);
        } else {
            assertThat(snapshot()).as("a refused import leaves the database as it was").isEqualTo(before);
        }
        Statistics.coverage(coverage -> {
            coverage.check("committed").count(count -> count > 0);
            coverage.check("refused").count(count -> count > 0);
        });
    }

    /** A group with one school that the file renames, and two new schools: committing it changes three rows. */
    private static byte[] validFile() {
        TestGroup group = group("Scholengroep Eigenschap");
        String existing = schoolNumber();
        school(group, existing, "Basisschool Voorheen");
        return csv(line(existing, "Basisschool Voortaan", group), line(schoolNumber(), "Basisschool Nieuw Een", group),
                line(schoolNumber(), "Basisschool Nieuw Twee", group));
    }

    private boolean imported(byte[] file) {
        try {
            SchoolListPreview preview = asOperator(() -> importer.preview(SchoolListFile.parse(file, ImportProgress.NONE), ImportProgress.NONE));
            asOperator(() -> importer.commit(preview, OPERATOR_EMAIL));
            return true;
        } catch (SchoolListRejectedException | SchoolListImportRefusedException e) {
            return false;
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 20);
        Arbitrary<Double> fraction = Arbitraries.doubles().between(0, 1);
        Arbitrary<Mutation> one = Arbitraries.oneOf(
                index.map(i -> new Mutation("drop column " + i, onFields((fields, line) -> remove(fields, i)))),
                index.map(i -> new Mutation("double column " + i, onFields((fields, line) -> duplicate(fields, i)))),
                fraction.map(f -> new Mutation("truncate at " + f, file -> Arrays.copyOf(file, (int) (file.length * f)))),
                Arbitraries.of((byte) 0x00, (byte) 0x80, (byte) 0x81, (byte) 0xC3, (byte) 0xFF, (byte) '"', (byte) ';', (byte) '\n')
                        .flatMap(b -> fraction.map(f -> new Mutation("insert byte " + b + " at " + f, file -> insert(file, b, f)))),
                index.map(i -> new Mutation("commas on line " + i, onLines(lines -> replaceInLine(lines, i, ";", ",")))),
                Arbitraries.just(new Mutation("commas everywhere", onLines(lines -> lines.replaceAll(l -> l.replace(';', ','))))),
                index.map(i -> new Mutation("blank number on line " + i, onFields((fields, line) -> line == i % 4 && line > 0
                        ? set(fields, 0, "") : fields))),
                index.map(i -> new Mutation("double line " + i, onLines(lines -> lines.add(lines.get(i % lines.size()))))),
                index.map(i -> new Mutation("unknown group on line " + i, onFields((fields, line) -> line == i % 4 && line > 0
                        ? set(fields, 7, "989898") : fields))),
                Arbitraries.just(new Mutation("emptied", file -> new byte[0])));
        return one.list();
    }

    record Mutation(String description, UnaryOperator<byte[]> change) {

        byte[] apply(byte[] file) {
            return change.apply(file);
        }

        @Override
        public String toString() {
            return description;
        }
    }

    @FunctionalInterface
    interface LineFieldsChange {
        List<String> apply(List<String> fields, int lineIndex);
    }

    private static UnaryOperator<byte[]> onLines(java.util.function.Consumer<List<String>> change) {
        return file -> {
            List<String> lines = new ArrayList<>(Arrays.asList(new String(file, StandardCharsets.UTF_8).split("\n", -1)));
            if (!lines.isEmpty()) {
                change.accept(lines);
            }
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static UnaryOperator<byte[]> onFields(LineFieldsChange change) {
        return onLines(lines -> {
            for (int i = 0; i < lines.size(); i++) {
                List<String> fields = new ArrayList<>(Arrays.asList(lines.get(i).split(";", -1)));
                lines.set(i, String.join(";", change.apply(fields, i)));
            }
        });
    }

    private static List<String> remove(List<String> fields, int index) {
        fields.remove(index % fields.size());
        return fields;
    }

    private static List<String> duplicate(List<String> fields, int index) {
        fields.add(fields.get(index % fields.size()));
        return fields;
    }

    private static List<String> set(List<String> fields, int index, String value) {
        if (index < fields.size()) {
            fields.set(index, value);
        }
        return fields;
    }

    private static void replaceInLine(List<String> lines, int index, String from, String to) {
        int at = index % lines.size();
        lines.set(at, lines.get(at).replace(from, to));
    }

    private static byte[] insert(byte[] file, byte b, double fraction) {
        int at = (int) (file.length * fraction);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(file, 0, at);
        out.write(b);
        out.write(file, at, file.length - at);
        return out.toByteArray();
    }
}
