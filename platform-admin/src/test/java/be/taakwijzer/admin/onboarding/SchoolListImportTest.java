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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

import be.taakwijzer.admin.onboarding.ImportFixtures.TestGroup;
import be.taakwijzer.testsupport.AuthenticatedAs;
import be.taakwijzer.testsupport.TestDatabase;

@SpringBootTest
class SchoolListImportTest {

    @Autowired
    SchoolListImport importer;

    @Test
    void thePreviewSaysPerLineWhatTheImportWouldDo() {
        TestGroup group = group("Scholengroep Denkbeeld");
        TestGroup other = group("Scholengroep Elders");
        String same = schoolNumber();
        String renamed = schoolNumber();
        String elsewhere = schoolNumber();
        String fresh = schoolNumber();
        school(group, same, "Basisschool Het Verzinsel");
        school(group, renamed, "Basisschool De Oude Naam");
        school(other, elsewhere, "Basisschool Ergens Anders");

        SchoolListPreview preview = asOperator(() -> importer.preview(SchoolListFile.parse(csv(
                line(same, "Basisschool Het Verzinsel", group),
                line(renamed, "Basisschool De Nieuwe Naam", group),
                line(fresh, "Basisschool Gloednieuw", group),
                line(schoolNumber(), "Basisschool Zonder Groep", "999999"),
                line(elsewhere, "Basisschool Ergens Anders", group),
                line("12x", "Basisschool Fout Nummer", group)), ImportProgress.NONE), ImportProgress.NONE));

        assertThat(preview.lines()).extracting(PreviewLine::status).containsExactly(ImportStatus.UNCHANGED, ImportStatus.CHANGED,
                ImportStatus.NEW, ImportStatus.INVALID, ImportStatus.INVALID, ImportStatus.INVALID);
        assertThat(preview.lines().get(1).changes())
                .containsExactly(new FieldChange("name", "Basisschool De Oude Naam", "Basisschool De Nieuwe Naam"));
        assertThat(preview.lines().get(2).tenantId()).isEqualTo(group.tenantId());
        assertThat(preview.lines().get(3).reasons()).containsExactly(ImportMessage.of("import.line.unknownGroup", "999999"));
        assertThat(preview.lines().get(4).reasons()).containsExactly(ImportMessage.of("import.line.movesGroup"));
        assertThat(preview.lines().get(5).reasons()).extracting(ImportMessage::key).containsExactly("import.line.numberInvalid");
        assertThat(preview.canCommit()).isFalse();
    }

    @Test
    void theCommitWritesNewAndChangedSchoolsIntoTheirGroupsWithAnAuditTrail() {
        TestGroup group = group("Scholengroep Denkbeeld");
        TestGroup second = group("Scholengroep Tweede");
        String renamed = schoolNumber();
        UUID renamedId = school(group, renamed, "Basisschool De Oude Naam");
        String fresh = schoolNumber();
        String freshElsewhere = "0" + schoolNumber().substring(1);
        byte[] file = csv(line(renamed, "Basisschool De Nieuwe Naam", group), line(fresh, "Basisschool Gloednieuw", group),
                line(freshElsewhere.substring(1), "Basisschool Tweede Huis", second));

        ImportResult result = importFile(file);

        assertThat(result).isEqualTo(new ImportResult(2, 1, 0, 0));
        Map<String, String> schools = schools(group.tenantId(), second.tenantId());
        assertThat(schools).containsEntry(renamed, group.tenantId() + "|Basisschool De Nieuwe Naam|1")
                .containsEntry(fresh, group.tenantId() + "|Basisschool Gloednieuw|0")
                .containsEntry(freshElsewhere, second.tenantId() + "|Basisschool Tweede Huis|0");
        assertThat(audit(group.tenantId())).containsExactlyInAnyOrder(
                "CHANGED|" + renamedId + "|{\"name\": \"Basisschool De Oude Naam\"}|{\"name\": \"Basisschool De Nieuwe Naam\"}",
                "CREATED|" + schoolId(fresh) + "|null|" + "Basisschool Gloednieuw");
        assertThat(audit(second.tenantId())).hasSize(1);
    }

    @Test
    void reRunningTheSameFileChangesNothing() {
        TestGroup group = group("Scholengroep Denkbeeld");
        byte[] file = csv(line(schoolNumber(), "Basisschool Eerste Keer", group), line(schoolNumber(), "Basisschool Tweede", group));
        importFile(file);
        List<String> before = snapshot();

        SchoolListPreview again = preview(file);
        ImportResult result = asOperator(() -> importer.commit(again, OPERATOR_EMAIL));

        assertThat(again.lines()).extracting(PreviewLine::status).containsOnly(ImportStatus.UNCHANGED);
        assertThat(result).isEqualTo(new ImportResult(0, 0, 2, 0));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aPreviewWithAnInvalidLineIsNotCommitted() {
        TestGroup group = group("Scholengroep Denkbeeld");
        SchoolListPreview preview = preview(csv(line(schoolNumber(), "Basisschool Goed", group), line(schoolNumber(), "", group)));
        List<String> before = snapshot();

        assertThatThrownBy(() -> asOperator(() -> importer.commit(preview, OPERATOR_EMAIL)))
                .isInstanceOfSatisfying(SchoolListImportRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ImportMessage.of("import.commit.invalidLines", 1)));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aCommitAfterTheDatabaseChangedIsRefused() {
        TestGroup group = group("Scholengroep Denkbeeld");
        String existing = schoolNumber();
        school(group, existing, "Basisschool Bestaand");
        String fresh = schoolNumber();
        SchoolListPreview preview = preview(csv(line(existing, "Basisschool Hernoemd", group), line(fresh, "Basisschool Nieuw", group)));

        ImportFixtures.execute("update school set name = 'Basisschool Intussen Anders' where instellingsnummer = ?", existing);
        List<String> before = snapshot();

        assertThatThrownBy(() -> asOperator(() -> importer.commit(preview, OPERATOR_EMAIL)))
                .isInstanceOfSatisfying(SchoolListImportRefusedException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("import.commit.changedSincePreview"));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aSchoolThatAppearedSinceThePreviewIsAChangeToo() {
        TestGroup group = group("Scholengroep Denkbeeld");
        String fresh = schoolNumber();
        SchoolListPreview preview = preview(csv(line(fresh, "Basisschool Nieuw", group)));
        school(group, fresh, "Basisschool Al Aangemaakt");
        List<String> before = snapshot();

        assertThatThrownBy(() -> asOperator(() -> importer.commit(preview, OPERATOR_EMAIL)))
                .isInstanceOf(SchoolListImportRefusedException.class);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aDirectorOrAnUnauthenticatedCallerIsRefused() {
        TestGroup group = group("Scholengroep Denkbeeld");
        SchoolListFile file = SchoolListFile.parse(csv(line(schoolNumber(), "Basisschool Nieuw", group)), ImportProgress.NONE);
        SchoolListPreview preview = asOperator(() -> importer.preview(file, ImportProgress.NONE));
        List<String> before = snapshot();

        for (List<String> roles : List.of(List.of("SCHOOL_DIRECTOR"), List.of("GROUP_ICT_STAFF"), List.of("UMBRELLA_ADVISER"))) {
            assertThatThrownBy(() -> AuthenticatedAs.withRoles(group.tenantId(), roles, () -> importer.preview(file, ImportProgress.NONE)))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> AuthenticatedAs.withRoles(group.tenantId(), roles, () -> importer.commit(preview, "x@example.test")))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        assertThatThrownBy(() -> importer.preview(file, ImportProgress.NONE)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> importer.commit(preview, "x@example.test")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theDepartmentsFieldsAreStoredTheirChangesShownAndAColumnTheFileLacksKeepsThem() {
        TestGroup group = group("Scholengroep Denkbeeld");
        String number = schoolNumber();
        String header = "instelling_nummer;instelling_naam;instelling_straat;instelling_postcode;instelling_gemeente;instelling_niveau;"
                + "instelling_net;instelling_koepel;instelling_bestuur;instelling_scholengemeenschap;instelling_status_erkenning";
        String address = number + ";Basisschool Netwerk;Verzonnenstraat 1;9999;Fantasiegem;Basisonderwijs;";

        importFile((header + "\n" + address + "Gesubsidieerd vrij onderwijs;Testkoepel;" + group.instellingsnummer() + ";SG Denkbeeld;E\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(department(number)).isEqualTo("Gesubsidieerd vrij onderwijs|Testkoepel|SG Denkbeeld|E");

        SchoolListPreview changed = preview((header + "\n" + address + "Officieel gesubsidieerd onderwijs;Testkoepel;" + group.instellingsnummer()
                + "; ;Erkend\n").getBytes(StandardCharsets.UTF_8));
        assertThat(changed.lines().getFirst().changes()).containsExactly(
                new FieldChange("network", "Gesubsidieerd vrij onderwijs", "Officieel gesubsidieerd onderwijs"),
                new FieldChange("school_community", "SG Denkbeeld", null), new FieldChange("recognition_status", "E", "Erkend"));
        asOperator(() -> importer.commit(changed, OPERATOR_EMAIL));
        assertThat(department(number)).isEqualTo("Officieel gesubsidieerd onderwijs|Testkoepel|null|Erkend");

        SchoolListPreview without = preview(csv(number + ";Basisschool Netwerk;Verzonnenstraat 1;9999;Fantasiegem;Basisonderwijs;Testkoepel;"
                + group.instellingsnummer() + ";"));
        assertThat(without.lines().getFirst().status()).as("no network, community or status column: the stored values stay")
                .isEqualTo(ImportStatus.UNCHANGED);
    }

    private static String department(String number) {
        return query("select coalesce(network, 'null') || '|' || coalesce(listed_umbrella, 'null') || '|' || coalesce(school_community, 'null')"
                + " || '|' || coalesce(recognition_status, 'null'), 1 from school where instellingsnummer = ?", number).getFirst().get(0);
    }

    private SchoolListPreview preview(byte[] file) {
        return asOperator(() -> importer.preview(SchoolListFile.parse(file, ImportProgress.NONE), ImportProgress.NONE));
    }

    private ImportResult importFile(byte[] file) {
        SchoolListPreview preview = preview(file);
        return asOperator(() -> importer.commit(preview, OPERATOR_EMAIL));
    }

    private static Map<String, String> schools(UUID... tenants) {
        Map<String, String> schools = new java.util.HashMap<>();
        for (UUID tenant : tenants) {
            query("select instellingsnummer, tenant_id || '|' || name || '|' || version from school where tenant_id = ?", tenant)
                    .forEach(row -> schools.put(row.get(0), row.get(1)));
        }
        return schools;
    }

    private static UUID schoolId(String number) {
        return UUID.fromString(query("select id::text, 1 from school where instellingsnummer = ?", number).getFirst().get(0));
    }

    /** Action, school, before and after (the school's name for a creation), with the operator as actor. */
    private static List<String> audit(UUID tenant) {
        return query("select action || '|' || school_id || '|' || coalesce(before::text, 'null') || '|' || "
                + "case when action = 'CREATED' then after ->> 'name' else after::text end, actor "
                + "from audit_event where tenant_id = ? and entity = 'school'", tenant).stream()
                .peek(row -> assertThat(row.get(1)).isEqualTo(OPERATOR_EMAIL))
                .map(row -> row.get(0)).collect(Collectors.toList());
    }

    private static List<List<String>> query(String sql, Object value) {
        try (Connection connection = TestDatabase.get().connectAsOperator(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, value);
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(List.of(rs.getString(1), rs.getString(2)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
