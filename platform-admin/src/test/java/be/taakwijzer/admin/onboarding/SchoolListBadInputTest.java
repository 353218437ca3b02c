package be.taakwijzer.admin.onboarding;

import static be.taakwijzer.admin.onboarding.ImportFixtures.HEADER;
import static be.taakwijzer.admin.onboarding.ImportFixtures.OPERATOR_EMAIL;
import static be.taakwijzer.admin.onboarding.ImportFixtures.asOperator;
import static be.taakwijzer.admin.onboarding.ImportFixtures.csv;
import static be.taakwijzer.admin.onboarding.ImportFixtures.group;
import static be.taakwijzer.admin.onboarding.ImportFixtures.line;
import static be.taakwijzer.admin.onboarding.ImportFixtures.schoolNumber;
import static be.taakwijzer.admin.onboarding.ImportFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import be.taakwijzer.admin.onboarding.ImportFixtures.TestGroup;

/**
 * The bad inputs the issue names, each imported the whole way (read, preview, commit) next to a
 * valid line: each gets its own message, and the database is exactly as before.
 */
@SpringBootTest
class SchoolListBadInputTest {

    @Autowired
    SchoolListImport importer;

    @Test
    void aWrongHeader() {
        byte[] file = ("nummer;titel;postcode;gemeente\n" + schoolNumber() + ";Basisschool;9999;Fantasiegem\n").getBytes(StandardCharsets.UTF_8);

        assertThat(attempt(file, file.length)).containsExactly("import.file.missingColumns");
    }

    @Test
    void badEncoding() {
        TestGroup group = group("Scholengroep Codering");
        byte[] file = SchoolListFileTest.concat(csv(line(schoolNumber(), "Basisschool Éénhoorn", group)),
                (schoolNumber() + ";Basisschool ").getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28},
                (";Verzonnenstraat 1;9999;Fantasiegem;Basisonderwijs;Testkoepel;" + group.instellingsnummer() + ";100\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(attempt(file, file.length)).containsExactly("import.line.badEncoding", "import.commit.invalidLines");
    }

    @Test
    void duplicateInstellingsnummers() {
        TestGroup group = group("Scholengroep Dubbel");
        String number = schoolNumber();
        byte[] file = csv(line(schoolNumber(), "Basisschool Enig", group), line(number, "Basisschool Een", group),
                line(number, "Basisschool Twee", group));

        assertThat(attempt(file, file.length)).containsExactly("import.line.duplicate", "import.line.duplicate", "import.commit.invalidLines");
    }

    @Test
    void aSchoolInAnUnknownGroup() {
        TestGroup group = group("Scholengroep Bekend");
        byte[] file = csv(line(schoolNumber(), "Basisschool Bekend", group), line(schoolNumber(), "Basisschool Onbekend", "989898"));

        assertThat(attempt(file, file.length)).containsExactly("import.line.unknownGroup", "import.commit.invalidLines");
    }

    @Test
    void aFileOfTwentyMegabytes() {
        TestGroup group = group("Scholengroep Groot");
        StringBuilder large = new StringBuilder(HEADER).append('\n');
        while (large.length() <= SchoolListFile.MAX_BYTES) {
            large.append(line("1", "Basisschool Met Een Lange Naam Om De Lijst Te Vullen", group)).append('\n');
        }
        byte[] file = large.toString().getBytes(StandardCharsets.UTF_8);

        assertThat(attempt(file, file.length)).containsExactly("import.file.tooLarge");
        assertThat(attempt(file, -1)).as("a size the browser did not give").containsExactly("import.file.tooLarge");
    }

    @Test
    void anEmptyFile() {
        assertThat(attempt(new byte[0], 0)).containsExactly("import.file.empty");
    }

    /** The keys of every message the import gives, asserting that the database did not change. */
    private List<String> attempt(byte[] content, long declaredSize) {
        List<String> before = snapshot();
        List<String> keys = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(content)) {
            SchoolListFile file = SchoolListFile.read(in, declaredSize, ImportProgress.NONE);
            SchoolListPreview preview = asOperator(() -> importer.preview(file, ImportProgress.NONE));
            preview.lines().forEach(line -> line.reasons().forEach(reason -> keys.add(reason.key())));
            asOperator(() -> importer.commit(preview, OPERATOR_EMAIL));
        } catch (SchoolListRejectedException e) {
            e.problems().forEach(problem -> keys.add(problem.key()));
        } catch (SchoolListImportRefusedException e) {
            keys.add(e.reason().key());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(snapshot()).as("the database after a refused import").isEqualTo(before);
        return keys;
    }
}
