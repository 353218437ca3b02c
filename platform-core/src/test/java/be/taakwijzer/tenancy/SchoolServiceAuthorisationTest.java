package be.taakwijzer.tenancy;

import static be.taakwijzer.testsupport.AuthenticatedAs.withRoles;
import static be.taakwijzer.testsupport.AuthenticatedAs.withRolesAndSchool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

import be.taakwijzer.testsupport.TestTenants;

/** The cells of docs/security.md for the member schools of the own group. */
@SpringBootTest
class SchoolServiceAuthorisationTest {

    @Autowired
    SchoolService schoolService;

    UUID group;
    UUID vlinder;

    @BeforeEach
    void group() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");
    }

    @Test
    void aDirectorSeesOnlyTheirOwnSchool() {
        UUID own = TestTenants.createSchool(group, "Basisschool Het Kompas");
        List<String> director = List.of("SCHOOL_DIRECTOR");
        assertThat(withRolesAndSchool(group, own, director, schoolService::memberSchools)).extracting(School::id).containsExactly(own);
        assertThat(withRolesAndSchool(group, own, director, () -> schoolService.school(own))).isPresent();
        assertThatThrownBy(() -> withRolesAndSchool(group, own, director, () -> schoolService.school(vlinder)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherGroupsSchoolDoesNotExistForTheGroupsStaff() {
        UUID otherGroup = TestTenants.createGroup("Scholengroep Zuiderzon");
        UUID elsewhere = TestTenants.createSchool(otherGroup, "Basisschool De Zonnewijzer");
        assertThat(withRoles(group, List.of("GROUP_ICT_STAFF"), () -> schoolService.school(elsewhere))).isEmpty();
        assertThat(withRoles(group, List.of("GROUP_ICT_STAFF"), () -> schoolService.school(vlinder))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GROUP_ICT_STAFF", "GROUP_DPO"})
    void groupStaffSeeAllItsSchools(String role) {
        assertThat(withRoles(group, List.of(role), schoolService::memberSchools)).extracting(School::name)
                .containsExactly("Basisschool De Vlinder");
        assertThat(withRoles(group, List.of(role), schoolService::currentGroup)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UMBRELLA_ADVISER", "PLATFORM_OPERATOR", "NO_ROLE"})
    void othersDoNotSeeAGroupsSchools(String role) {
        assertThatThrownBy(() -> withRoles(group, List.of(role), schoolService::memberSchools))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
