package be.taakwijzer.admin.groups.ui;

import java.util.UUID;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import be.taakwijzer.admin.groups.GroupDetails;
import be.taakwijzer.admin.groups.SchoolGroupService;
import be.taakwijzer.admin.identitysync.IdentitySyncService;
import be.taakwijzer.admin.identitysync.ui.IdentitySyncPanel;
import be.taakwijzer.admin.layout.AdminLayout;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.ui.LocalizedPage;
import jakarta.annotation.security.RolesAllowed;

/** One school group: what it is, and its access in Keycloak. */
@Route(value = "scholengroepen/:tenantId", layout = AdminLayout.class)
@RolesAllowed("PLATFORM_OPERATOR")
public class GroupView extends LocalizedPage implements BeforeEnterObserver {

    private final SchoolGroupService groups;
    private final IdentitySyncService sync;
    private GroupDetails group;

    public GroupView(SchoolGroupService groups, IdentitySyncService sync) {
        this.groups = groups;
        this.sync = sync;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            UUID tenantId = event.getRouteParameters().get("tenantId").map(UUID::fromString).orElseThrow();
            group = groups.group(tenantId);
        } catch (IllegalArgumentException | InvalidInputException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    protected String titleKey() {
        return "groups.title";
    }

    @Override
    protected void render() {
        if (group == null) {
            return;
        }
        H2 title = new H2(group.name());
        title.setId("group-title");
        Paragraph facts = new Paragraph(getTranslation("groups.facts", text(group.instellingsnummer()), text(group.umbrellaName()),
                text(group.emailDomain())));
        facts.setId("group-facts");
        add(title, facts, new IdentitySyncPanel(sync, group.tenantId()));
    }

    private String text(String value) {
        return value == null ? getTranslation("groups.none") : value;
    }
}
