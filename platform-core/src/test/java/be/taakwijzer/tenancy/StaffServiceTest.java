package be.taakwijzer.tenancy;

import static be.taakwijzer.testsupport.AuthenticatedAs.noTenant;
import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static be.taakwijzer.testsupport.AuthenticatedAs.withRoles;
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
import org.springframework.security.authorization.AuthorizationDeniedException;

import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.testsupport.TestTenants;

@SpringBootTest
class StaffServiceTest {

    @Autowired
    StaffService staffService;

    @Autowired
    LoginLinkService loginLinks;

    UUID group;
    UUID school;
    UUID otherGroup;
    UUID otherSchool;

    @BeforeEach
    void groups() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        school = TestTenants.createSchool(group, "Basisschool De Vlinder");
        otherGroup = TestTenants.createGroup("Scholengroep Zuiderzon");
        otherSchool = TestTenants.createSchool(otherGroup, "Basisschool De Zonnewijzer");
    }

    @Test
    void groupIctStaffRegisterADirectorOfTheirOwnSchool() {
        String email = TestTenants.uniqueEmail("Directeur", "noorderlicht.example").toUpperCase();
        StaffMember director = tenant(group, () -> staffService.register(
                new NewStaffMember(" " + email + " ", "Directeur Vlinder", StaffRole.SCHOOL_DIRECTOR, school), "ict@noorderlicht.example"));

        assertThat(director.email()).isEqualTo(email.toLowerCase());
        assertThat(director.tenantId()).isEqualTo(group);
        assertThat(director.schoolId()).isEqualTo(school);
        assertThat(director.linked()).isFalse();
        assertThat(tenant(group, staffService::members)).extracting(StaffMember::id).contains(director.id());
        assertThat(tenant(otherGroup, staffService::members)).extracting(StaffMember::id).doesNotContain(director.id());
    }

    @Test
    void aDirectorOfAnotherGroupsSchoolIsRefusedAndNothingIsSaved() {
        String email = TestTenants.uniqueEmail("indringer", "noorderlicht.example");
        assertThatThrownBy(() -> tenant(group, () -> staffService.register(
                new NewStaffMember(email, "Indringer", StaffRole.SCHOOL_DIRECTOR, otherSchool), "ict")))
                .isInstanceOf(InvalidInputException.class).extracting("messageKey").isEqualTo("staff.error.school");
        assertThat(tenant(group, staffService::members)).extracting(StaffMember::email).doesNotContain(email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "geen-adres", "twee@@voorbeeld.example", "spatie in@voorbeeld.example"})
    void refusesAnAddressThatIsNotOne(String email) {
        assertThatThrownBy(() -> tenant(group, () -> staffService.register(
                new NewStaffMember(email, "Iemand", StaffRole.GROUP_DPO, null), "ict")))
                .isInstanceOf(InvalidInputException.class).extracting("messageKey").isEqualTo("staff.error.email");
    }

    @Test
    void refusesAMissingNameRoleOrSchoolAndASecondRegistrationOfTheSameAddress() {
        String email = TestTenants.uniqueEmail("dpo", "noorderlicht.example");
        assertThatThrownBy(() -> tenant(group, () -> staffService.register(new NewStaffMember(email, " ", StaffRole.GROUP_DPO, null), "ict")))
                .extracting("messageKey").isEqualTo("staff.error.name");
        assertThatThrownBy(() -> tenant(group, () -> staffService.register(new NewStaffMember(email, "DPO", null, null), "ict")))
                .extracting("messageKey").isEqualTo("staff.error.role");
        assertThatThrownBy(() -> tenant(group, () -> staffService.register(new NewStaffMember(email, "DPO", StaffRole.SCHOOL_DIRECTOR, null), "ict")))
                .extracting("messageKey").isEqualTo("staff.error.school");
        tenant(group, () -> staffService.register(new NewStaffMember(email, "DPO", StaffRole.GROUP_DPO, null), "ict"));
        assertThatThrownBy(() -> tenant(otherGroup, () -> staffService.register(new NewStaffMember(email, "DPO", StaffRole.GROUP_DPO, null), "ict")))
                .extracting("messageKey").isEqualTo("staff.error.duplicate");
    }

    @Test
    void aRegistrationIsRemovedOnlyFromTheVersionThatWasReadAndNeverOnesOwn() {
        StaffMember dpo = tenant(group, () -> staffService.register(
                new NewStaffMember(TestTenants.uniqueEmail("dpo", "noorderlicht.example"), "DPO", StaffRole.GROUP_DPO, null), "ict"));
        StaffMember stale = new StaffMember(dpo.tenantId(), dpo.id(), dpo.email(), dpo.displayName(), dpo.role(), dpo.schoolId(),
                dpo.issuer(), dpo.subject(), dpo.version() - 1);
        assertThatThrownBy(() -> tenant(group, () -> { staffService.remove(stale, "ict"); return null; }))
                .isInstanceOf(InvalidInputException.class).extracting("messageKey").isEqualTo("staff.error.changed");
        assertThatThrownBy(() -> tenant(group, () -> { staffService.remove(dpo, dpo.email()); return null; }))
                .extracting("messageKey").isEqualTo("staff.error.own");
        assertThatThrownBy(() -> tenant(otherGroup, () -> { staffService.remove(dpo, "ict"); return null; }))
                .as("another group's registration is not even found").extracting("messageKey").isEqualTo("staff.error.changed");

        tenant(group, () -> { staffService.remove(dpo, "ict"); return null; });
        assertThat(tenant(group, staffService::members)).extracting(StaffMember::id).doesNotContain(dpo.id());
    }

    @Test
    void aRegistrationIsChangedFromTheVersionThatWasReadAndANewAddressClearsTheLoginLink() {
        String email = TestTenants.uniqueEmail("ict", "noorderlicht.example");
        UUID id = TestTenants.createStaff(group, email, "GROUP_ICT_STAFF", null);
        noTenantLogin(email);
        StaffMember read = tenant(group, staffService::members).stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
        assertThat(read.linked()).isTrue();

        StaffMember renamed = tenant(group, () -> staffService.change(read,
                new NewStaffMember(email, "ICT Noorderlicht", StaffRole.SCHOOL_DIRECTOR, school), "ict"));
        assertThat(renamed.displayName()).isEqualTo("ICT Noorderlicht");
        assertThat(renamed.role()).isEqualTo(StaffRole.SCHOOL_DIRECTOR);
        assertThat(renamed.schoolId()).isEqualTo(school);
        assertThat(renamed.linked()).as("same address, same account").isTrue();

        assertThatThrownBy(() -> tenant(group, () -> staffService.change(read,
                new NewStaffMember(email, "Oud", StaffRole.GROUP_DPO, null), "ict")))
                .as("a change from an old version").extracting("messageKey").isEqualTo("staff.error.changed");

        String newEmail = TestTenants.uniqueEmail("nieuw", "noorderlicht.example");
        StaffMember moved = tenant(group, () -> staffService.change(renamed,
                new NewStaffMember(newEmail, "ICT Noorderlicht", StaffRole.GROUP_ICT_STAFF, school), "ict"));
        assertThat(moved.email()).isEqualTo(newEmail);
        assertThat(moved.schoolId()).as("no school for group staff").isNull();
        assertThat(moved.linked()).as("a new address needs its own login").isFalse();
    }

    private void noTenantLogin(String email) {
        noTenant(
                () -> loginLinks.link("https://login.example/realms/taakwijzer", "sub-" + UUID.randomUUID(), email, true));
    }

    @Test
    void unlinkingLetsTheNextLoginLinkAgain() {
        StaffMember dpo = tenant(group, () -> staffService.register(
                new NewStaffMember(TestTenants.uniqueEmail("dpo", "noorderlicht.example"), "DPO", StaffRole.GROUP_DPO, null), "ict"));
        tenant(group, () -> { staffService.unlink(dpo, "ict"); return null; });
        StaffMember after = tenant(group, staffService::members).stream().filter(m -> m.id().equals(dpo.id())).findFirst().orElseThrow();
        assertThat(after.linked()).isFalse();
        assertThat(after.version()).isEqualTo(dpo.version() + 1);
        assertThatThrownBy(() -> tenant(group, () -> { staffService.unlink(dpo, "ict"); return null; }))
                .as("a second unlink from the old version").extracting("messageKey").isEqualTo("staff.error.changed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GROUP_DPO", "SCHOOL_DIRECTOR", "UMBRELLA_ADVISER", "PLATFORM_OPERATOR"})
    void onlyGroupIctStaffListOrRegisterPeople(String role) {
        assertThatThrownBy(() -> withRoles(group, List.of(role), staffService::members))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> withRoles(group, List.of(role), () -> staffService.register(
                new NewStaffMember(TestTenants.uniqueEmail("x", "noorderlicht.example"), "X", StaffRole.GROUP_DPO, null), "x")))
                .isInstanceOf(AuthorizationDeniedException.class);
        StaffMember someone = tenant(group, () -> staffService.register(
                new NewStaffMember(TestTenants.uniqueEmail("y", "noorderlicht.example"), "Y", StaffRole.GROUP_DPO, null), "ict"));
        assertThatThrownBy(() -> withRoles(group, List.of(role), () -> { staffService.remove(someone, "x"); return null; }))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> withRoles(group, List.of(role), () -> { staffService.unlink(someone, "x"); return null; }))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> withRoles(group, List.of(role), () -> staffService.change(someone,
                new NewStaffMember(someone.email(), "Z", StaffRole.GROUP_DPO, null), "x")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
