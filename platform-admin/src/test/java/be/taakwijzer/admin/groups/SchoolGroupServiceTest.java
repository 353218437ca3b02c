package be.taakwijzer.admin.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import be.taakwijzer.admin.identitysync.SyncFixtures;
import be.taakwijzer.admin.testsupport.SignedIn;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.tenancy.EducationLevel;
import be.taakwijzer.testsupport.TestDatabase;
import be.taakwijzer.testsupport.TestTenants;

/**
 * Groups, schools and umbrellas edited by hand: normalised, refused with the field's problem and nothing
 * saved, refused when someone changed the row since it was read, audited in the group's trail with the
 * operator as actor, and Keycloak asked to follow a new name or domain (ADR 0013).
 */
@SpringBootTest
class SchoolGroupServiceTest {

    private static final String OPERATOR = "operator@taakwijzer.test";

    @Autowired
    SchoolGroupService groups;
    @Autowired
    GroupOnboardingService onboarding;

    UUID group;

    @BeforeEach
    void aGroup() {
        SignedIn.asOperator();
        group = SyncFixtures.group("Scholengroep Meander", "98" + TestTenants.uniqueInstellingsnummer().substring(2), "meander.example");
    }

    @AfterEach
    void logOut() {
        SignedIn.out();
    }

    @Test
    void aGroupsNameUmbrellaAndDomainChangeFromTheVersionReadAuditedAndFollowedByKeycloak() throws SQLException {
        UUID umbrella = onboarding.addUmbrella("M-" + UUID.randomUUID().toString().substring(0, 6), "Koepel Meander");
        GroupDetails read = groups.group(group);

        GroupDetails changed = groups.changeGroup(read, new GroupChange(" Scholengroep Delta ", umbrella, " @Delta.Example "), OPERATOR);

        assertThat(changed).isEqualTo(new GroupDetails(group, "Scholengroep Delta", read.instellingsnummer(), umbrella, "Koepel Meander",
                "delta.example", read.version() + 1));
        assertThat(audit(group)).containsExactly("school_group|CHANGED|" + OPERATOR
                + "|{\"name\": \"Scholengroep Meander\", \"umbrella\": null, \"email_domain\": \"meander.example\"}"
                + "|{\"name\": \"Scholengroep Delta\", \"umbrella\": \"" + umbrella + "\", \"email_domain\": \"delta.example\"}");
        assertThat(SyncFixtures.requests(group)).containsExactlyInAnyOrder("ORGANIZATION||0|false|", "DOMAIN|meander.example|0|false|",
                "DOMAIN|delta.example|0|false|");

        assertRefused("groups.error.changed", () -> groups.changeGroup(read, new GroupChange("Scholengroep Oud", null, null), OPERATOR));
        assertThat(groups.group(group).name()).isEqualTo("Scholengroep Delta");
    }

    @Test
    void refusedGroupInputSavesNothingAndAnUnchangedFormWritesNothing() throws SQLException {
        GroupDetails read = groups.group(group);
        assertRefused("onboarding.error.name", () -> groups.changeGroup(read, new GroupChange(" ", null, null), OPERATOR));
        assertRefused("groups.error.email-domain", () -> groups.changeGroup(read, new GroupChange("Scholengroep X", null, "ict@meander.example"), OPERATOR));
        assertRefused("groups.error.umbrella", () -> groups.changeGroup(read, new GroupChange("Scholengroep X", UUID.randomUUID(), null), OPERATOR));
        assertThat(groups.changeGroup(read, new GroupChange("Scholengroep Meander", null, "meander.example"), OPERATOR)).isEqualTo(read);
        assertThat(groups.group(group)).isEqualTo(read);
        assertThat(audit(group)).isEmpty();
        assertThat(SyncFixtures.requests(group)).isEmpty();
    }

    @Test
    void aSchoolAddedAndChangedByHandNormalisedAuditedAndItsDomainFollowed() throws SQLException {
        String number = "6" + TestTenants.uniqueInstellingsnummer().substring(2);
        SchoolDetails added = groups.addSchool(group, new SchoolInput(" " + number + " ", " Basisschool De Bron ", "", " 9999 ", "Fantasiegem",
                EducationLevel.BASIS, 120, " Gesubsidieerd vrij onderwijs ", "Testkoepel", " ", "Erkend", "Bron.Example"), OPERATOR);

        assertThat(added).isEqualTo(new SchoolDetails(group, added.id(), "0" + number, "Basisschool De Bron", null, "9999", "Fantasiegem",
                EducationLevel.BASIS, 120, "Gesubsidieerd vrij onderwijs", "Testkoepel", null, "Erkend", "bron.example", 0));
        assertThat(groups.schools(group)).containsExactly(added);
        assertThat(SyncFixtures.requests(group)).containsExactly("DOMAIN|bron.example|0|false|");

        SchoolDetails changed = groups.changeSchool(added, new SchoolInput(number, "Basisschool De Bron", "Bronstraat 1", "9999", "Fantasiegem",
                EducationLevel.BUITENGEWOON_BASIS, 120, "Gesubsidieerd vrij onderwijs", "Testkoepel", "SG Bronnen", "Erkend", ""), OPERATOR);
        assertThat(changed.street()).isEqualTo("Bronstraat 1");
        assertThat(changed.educationLevel()).isEqualTo(EducationLevel.BUITENGEWOON_BASIS);
        assertThat(changed.emailDomain()).isNull();
        assertThat(changed.version()).isEqualTo(1);
        assertThat(audit(group)).containsExactly(
                "school|CREATED|" + OPERATOR + "|null|{\"name\": \"Basisschool De Bron\", \"street\": null, \"network\": "
                        + "\"Gesubsidieerd vrij onderwijs\", \"postal_code\": \"9999\", \"pupil_count\": 120, \"email_domain\": \"bron.example\", "
                        + "\"municipality\": \"Fantasiegem\", \"education_level\": \"BASIS\", \"listed_umbrella\": \"Testkoepel\", "
                        + "\"school_community\": null, \"instellingsnummer\": \"0" + number + "\", \"recognition_status\": \"Erkend\"}",
                "school|CHANGED|" + OPERATOR + "|{\"street\": null, \"email_domain\": \"bron.example\", \"education_level\": \"BASIS\", "
                        + "\"school_community\": null}|{\"street\": \"Bronstraat 1\", \"email_domain\": null, "
                        + "\"education_level\": \"BUITENGEWOON_BASIS\", \"school_community\": \"SG Bronnen\"}");
        assertThat(SyncFixtures.requests(group)).as("the domain the school no longer has is asked again: it leaves the organization")
                .containsExactly("DOMAIN|bron.example|0|false|", "DOMAIN|bron.example|0|false|");

        assertRefused("groups.error.changed", () -> groups.changeSchool(added, new SchoolInput(number, "Oud", null, null, null,
                EducationLevel.BASIS, null, null, null, null, null, null), OPERATOR));
        assertThat(groups.schools(group)).containsExactly(changed);
    }

    @Test
    void refusedSchoolInputNamesItsFieldAndSavesNothing() throws SQLException {
        UUID other = TestTenants.createGroup("Scholengroep Elders");
        String taken = TestTenants.uniqueInstellingsnummer();
        TestTenants.createSchool(other, "School Elders", taken);
        assertRefused("groups.error.school-number", () -> groups.addSchool(group, school("12a", "School", "9999", 10, null), OPERATOR));
        assertRefused("groups.error.school-number-taken", () -> groups.addSchool(group, school(taken, "School", "9999", 10, null), OPERATOR));
        String number = TestTenants.uniqueInstellingsnummer();
        assertRefused("groups.error.school-name", () -> groups.addSchool(group, school(number, " ", "9999", 10, null), OPERATOR));
        assertRefused("groups.error.postal-code", () -> groups.addSchool(group, school(number, "School", "999", 10, null), OPERATOR));
        assertRefused("groups.error.pupil-count", () -> groups.addSchool(group, school(number, "School", "9999", 100_001, null), OPERATOR));
        assertRefused("groups.error.email-domain", () -> groups.addSchool(group, school(number, "School", "9999", 10, "school"), OPERATOR));
        assertRefused("groups.error.level", () -> groups.addSchool(group, new SchoolInput(number, "School", null, null, null, null, null, null,
                null, null, null, null), OPERATOR));
        assertRefused("groups.error.school-community", () -> groups.addSchool(group, new SchoolInput(number, "School", null, null, null,
                EducationLevel.BASIS, null, null, null, "x".repeat(201), null, null), OPERATOR));
        assertThat(groups.schools(group)).isEmpty();
        assertThat(audit(group)).isEmpty();
    }

    @Test
    void anUmbrellaIsRenamedFromTheNameReadAndEachOfItsGroupsRecordsIt() throws SQLException {
        UUID umbrella = onboarding.addUmbrella("R-" + UUID.randomUUID().toString().substring(0, 6), "Koepel Rivier");
        GroupDetails read = groups.group(group);
        groups.changeGroup(read, new GroupChange(read.name(), umbrella, read.emailDomain()), OPERATOR);
        Umbrella readUmbrella = onboarding.umbrellas().stream().filter(u -> u.id().equals(umbrella)).findFirst().orElseThrow();

        groups.renameUmbrella(readUmbrella, " Koepel Stroom ", OPERATOR);

        assertThat(onboarding.umbrellas()).filteredOn(u -> u.id().equals(umbrella)).extracting(Umbrella::name).containsExactly("Koepel Stroom");
        assertThat(audit(group)).last().isEqualTo("umbrella_organisation|CHANGED|" + OPERATOR + "|{\"name\": \"Koepel Rivier\"}|{\"name\": \"Koepel Stroom\"}");
        assertRefused("groups.error.umbrella-changed", () -> groups.renameUmbrella(readUmbrella, "Koepel Zee", OPERATOR));
        assertRefused("onboarding.error.name", () -> groups.renameUmbrella(readUmbrella, "", OPERATOR));
    }

    @Test
    void onlyAnOperator() {
        SignedIn.as("ict", "GROUP_ICT_STAFF");
        assertThatThrownBy(() -> groups.group(group)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.schools(group)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.addSchool(group, school("1", "S", null, null, null), "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.renameUmbrella(new Umbrella(UUID.randomUUID(), "X", "X"), "Y", "x"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static SchoolInput school(String number, String name, String postalCode, Integer pupils, String domain) {
        return new SchoolInput(number, name, null, postalCode, null, EducationLevel.SECUNDAIR, pupils, null, null, null, null, domain);
    }

    private static void assertRefused(String key, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class).extracting("messageKey").isEqualTo(key);
    }

    /** The group's audit trail as {@code entity|action|actor|before|after}, oldest first. */
    private static List<String> audit(UUID tenantId) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection operator = TestDatabase.get().connectAsOperator();
             PreparedStatement query = operator.prepareStatement("select entity || '|' || action || '|' || actor || '|' || coalesce(before::text, 'null')"
                     + " || '|' || coalesce(after::text, 'null') from audit_event where tenant_id = ? order by occurred_at, id")) {
            query.setObject(1, tenantId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        }
        return rows;
    }
}
