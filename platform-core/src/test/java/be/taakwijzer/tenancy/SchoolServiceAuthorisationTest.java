package be.taakwijzer.tenancy;

import static be.taakwijzer.testsupport.AuthenticatedAs.withRoles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;

import be.taakwijzer.testsupport.TestTenants;

/** The cells of docs/security.md for the member schools of the own group. */
@SpringBootTest
class SchoolServiceAuthorisationTest {

    @Autowired
    SchoolService schoolService;

    UUID group;

    @BeforeEach
    void group() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        TestTenants.createSchool(group, "Basisschool De Vlinder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GROUP_ICT_STAFF", "GROUP_DPO", "SCHOOL_DIRECTOR"})
    void staffOfTheGroupSeeItsSchools(String role) {
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
