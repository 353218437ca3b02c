package be.taakwijzer.web.testsupport;

import java.util.List;
import java.util.UUID;

import be.taakwijzer.tenancy.LoginLink;
import be.taakwijzer.tenancy.LoginResult;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.ui.testsupport.KaribuViewTest;
import be.taakwijzer.web.security.TaakwijzerUser;

/** Browserless tests of platform-web's views, logged in as a registered person of a school group or an umbrella adviser. */
public abstract class WebViewTest extends KaribuViewTest {

    /** Logs in as someone the group registered with this role (and school, for a director). */
    protected void loginAsStaff(UUID group, StaffRole role, UUID school, String name) {
        LoginLink link = LoginLink.ofStaff(group, UUID.randomUUID(), name, role, school);
        List<String> roles = List.of(role.name());
        login(new TaakwijzerUser(authorities(roles), idToken("s-" + UUID.randomUUID(), name, "test@noorderlicht.example"),
                null, new LoginResult(link, null)), roles);
    }

    /** Logs in as an adviser the operator registered for this umbrella: no school group, no tenant. */
    protected void loginAsAdviser(UUID umbrella, String name) {
        LoginLink link = new LoginLink(null, UUID.randomUUID(), name, StaffRole.UMBRELLA_ADVISER, null, umbrella);
        List<String> roles = List.of(StaffRole.UMBRELLA_ADVISER.name());
        login(new TaakwijzerUser(authorities(roles), idToken("s-" + UUID.randomUUID(), name, "adviseur@koepel.example"),
                null, new LoginResult(link, null)), roles);
    }
}
