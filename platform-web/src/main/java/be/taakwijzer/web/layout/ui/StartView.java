package be.taakwijzer.web.layout.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.web.security.TaakwijzerUser;
import jakarta.annotation.security.PermitAll;

/**
 * The address everyone starts at, which sends each person to where their work is: a director to
 * their school, group ICT staff to the group overview, the DPO to the central tasks, an umbrella adviser to the umbrella
 * dashboard, others to the catalogue.
 */
@Route("")
@PermitAll
public class StartView extends Div implements BeforeEnterObserver {

    private final AuthenticationContext authentication;

    public StartView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var ownSchool = authentication.getAuthenticatedUser(TaakwijzerUser.class).flatMap(TaakwijzerUser::ownSchoolId);
        if (ownSchool.isPresent()) {
            event.forwardTo("scholen/" + ownSchool.get());
        } else if (authentication.hasRole(StaffRole.GROUP_ICT_STAFF.name())) {
            event.forwardTo("overzicht");
        } else if (authentication.hasRole(StaffRole.GROUP_DPO.name())) {
            event.forwardTo("centrale-taken");
        } else if (authentication.hasRole(StaffRole.UMBRELLA_ADVISER.name())) {
            event.forwardTo("koepel");
        } else {
            event.forwardTo("catalogus");
        }
    }
}
