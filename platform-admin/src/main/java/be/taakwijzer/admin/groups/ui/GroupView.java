package be.taakwijzer.admin.groups.ui;

import java.util.UUID;


import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import be.taakwijzer.admin.security.CurrentOperator;
import be.taakwijzer.admin.groups.GroupDetails;
import be.taakwijzer.admin.groups.GroupOnboardingService;
import be.taakwijzer.admin.groups.SchoolDetails;
import be.taakwijzer.admin.groups.SchoolGroupService;
import be.taakwijzer.admin.identitysync.IdentityProviderLinks;
import be.taakwijzer.admin.identitysync.IdentitySyncService;
import be.taakwijzer.admin.identitysync.ui.IdentityProviderPanel;
import be.taakwijzer.admin.identitysync.ui.IdentitySyncPanel;
import be.taakwijzer.admin.layout.AdminLayout;
import be.taakwijzer.admin.schoolmove.ui.SchoolMoveView;
import be.taakwijzer.admin.offboarding.ui.OffboardingView;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.ui.LocalizedPage;
import jakarta.annotation.security.RolesAllowed;

/** One school group: what it is (editable), its schools (add and edit by hand), and its access in Keycloak. */
@Route(value = "scholengroepen/:tenantId", layout = AdminLayout.class)
@RolesAllowed("PLATFORM_OPERATOR")
public class GroupView extends LocalizedPage implements BeforeEnterObserver {

    private final SchoolGroupService groups;
    private final GroupOnboardingService onboarding;
    private final IdentitySyncService sync;
    private final IdentityProviderLinks identityProviders;
    private final String actor;
    private GroupDetails group;

    public GroupView(SchoolGroupService groups, GroupOnboardingService onboarding, IdentitySyncService sync,
                     IdentityProviderLinks identityProviders, AuthenticationContext authentication) {
        this.groups = groups;
        this.onboarding = onboarding;
        this.sync = sync;
        this.identityProviders = identityProviders;
        this.actor = CurrentOperator.email(authentication);
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
        Button edit = new Button(getTranslation("groups.edit"), click -> new EditGroupDialog(groups, onboarding.umbrellas(), group, actor,
                changed -> saved()).open());
        edit.setId("group-edit");
        Button addSchool = new Button(getTranslation("groups.school.add"), click -> new SchoolDialog(groups, group.tenantId(), null, actor,
                school -> saved()).open());
        addSchool.setId("school-add");
        addSchool.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        RouterLink offboard = new RouterLink(getTranslation("offboarding.link"), OffboardingView.class,
                new RouteParameters("tenantId", group.tenantId().toString()));
        offboard.setId("group-offboard");
        Div actions = new Div(edit, addSchool, offboard);
        actions.addClassName("tw-filters");
        add(title, facts, actions, new H3(getTranslation("groups.schools")), schools(), new IdentitySyncPanel(sync, group.tenantId()),
                new IdentityProviderPanel(identityProviders, group.tenantId(), actor));
    }

    private Component schools() {
        Grid<SchoolDetails> grid = new Grid<>();
        grid.setId("group-schools");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(SchoolDetails::name).setHeader(getTranslation("groups.school.name")).setFlexGrow(3).setKey("name");
        grid.addColumn(SchoolDetails::instellingsnummer).setHeader(getTranslation("groups.school.instellingsnummer")).setKey("number");
        grid.addColumn(school -> text(school.municipality())).setHeader(getTranslation("groups.school.municipality")).setFlexGrow(2);
        grid.addColumn(school -> getTranslation("groups.level." + school.educationLevel().name())).setHeader(getTranslation("groups.school.level"))
                .setFlexGrow(2);
        grid.addColumn(school -> school.pupilCount() == null ? "" : school.pupilCount().toString()).setHeader(getTranslation("groups.school.pupils"));
        grid.addColumn(school -> text(school.emailDomain())).setHeader(getTranslation("groups.field.email-domain")).setFlexGrow(2);
        grid.addComponentColumn(school -> {
            Button change = new Button(getTranslation("groups.edit"), click -> new SchoolDialog(groups, group.tenantId(), school, actor,
                    saved -> saved()).open());
            change.setId("school-edit-" + school.id());
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            RouterLink move = new RouterLink(getTranslation("move.link"), SchoolMoveView.class,
                    new RouteParameters("schoolId", school.id().toString()));
            move.setId("school-move-" + school.id());
            Div actions = new Div(change, move);
            actions.addClassName("tw-row-actions");
            return actions;
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(groups.schools(group.tenantId()));
        return grid;
    }

    private void saved() {
        group = groups.group(group.tenantId());
        removeAll();
        render();
        Notification.show(getTranslation("onboarding.saved"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private String text(String value) {
        return value == null ? getTranslation("groups.none") : value;
    }
}
