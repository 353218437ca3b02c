package be.taakwijzer.admin.tenants.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.UUID;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;

import be.taakwijzer.shared.FlemishTime;
import be.taakwijzer.admin.security.CurrentOperator;
import be.taakwijzer.admin.groups.GroupOnboardingService;
import be.taakwijzer.admin.groups.SchoolGroupService;
import be.taakwijzer.admin.groups.ui.EditUmbrellaDialog;
import be.taakwijzer.admin.groups.ui.FirstAccessDialog;
import be.taakwijzer.admin.groups.ui.GroupView;
import be.taakwijzer.admin.groups.ui.NewGroupDialog;
import be.taakwijzer.admin.groups.ui.NewUmbrellaDialog;
import be.taakwijzer.admin.identitysync.GroupSyncSummary;
import be.taakwijzer.admin.identitysync.IdentitySyncService;
import be.taakwijzer.admin.layout.AdminLayout;
import be.taakwijzer.admin.offboarding.OffboardedIdentityService;
import be.taakwijzer.admin.offboarding.ui.OffboardingView;
import be.taakwijzer.admin.offboarding.ui.PendingKeycloakRemovals;
import be.taakwijzer.admin.provisioning.IdentityProvisioning;
import be.taakwijzer.admin.tenants.TenantActivity;
import be.taakwijzer.admin.tenants.TenantActivityService;
import be.taakwijzer.ui.LocalizedPage;
import be.taakwijzer.ui.table.DataTable;
import jakarta.annotation.security.RolesAllowed;

/** Every school group on the platform: its umbrella, schools, last activity and this year's coverage. */
@Route(value = "scholengroepen", layout = AdminLayout.class)
@RolesAllowed("PLATFORM_OPERATOR")
public class TenantsView extends LocalizedPage {

    private final TenantActivityService tenants;
    private final GroupOnboardingService onboarding;
    private final SchoolGroupService groups;
    private final IdentityProvisioning provisioning;
    private final IdentitySyncService sync;
    private final OffboardedIdentityService offboarded;
    private final String actor;

    public TenantsView(TenantActivityService tenants, GroupOnboardingService onboarding, SchoolGroupService groups,
                       IdentityProvisioning provisioning, IdentitySyncService sync, OffboardedIdentityService offboarded,
                       AuthenticationContext authentication) {
        this.tenants = tenants;
        this.onboarding = onboarding;
        this.groups = groups;
        this.provisioning = provisioning;
        this.sync = sync;
        this.offboarded = offboarded;
        this.actor = CurrentOperator.email(authentication);
    }

    @Override
    protected String titleKey() {
        return "admin.tenants.title";
    }

    @Override
    protected void render() {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(FlemishTime.ZONE);
        Paragraph intro = new Paragraph(getTranslation("admin.tenants.intro", tenants.currentYear().label()));
        intro.addClassName("tw-intro");
        Map<UUID, GroupSyncSummary> openSync = sync.openPerGroup();
        DataTable<TenantActivity> table = new DataTable<TenantActivity>()
                .addLinkColumn(getTranslation("admin.tenants.column.name"), TenantActivity::name, t -> RouteConfiguration.forApplicationScope()
                        .getUrl(GroupView.class, new RouteParameters("tenantId", t.tenantId().toString())))
                .addColumn(getTranslation("admin.tenants.column.instellingsnummer"), t -> t.instellingsnummer() == null ? "" : t.instellingsnummer())
                .addColumn(getTranslation("admin.tenants.column.umbrella"), t -> t.umbrella() == null ? "" : t.umbrella())
                .addNumberColumn(getTranslation("admin.tenants.column.schools"), t -> String.valueOf(t.schools()))
                .addColumn(getTranslation("admin.tenants.column.last-activity"),
                        t -> t.lastActivity().map(when::format).orElse(getTranslation("admin.tenants.never")))
                .addNumberColumn(getTranslation("admin.tenants.column.coverage"),
                        t -> t.coveragePercent().map(percent -> percent + " %").orElse(""))
                .addColumn(getTranslation("identitysync.column.tenants"),
                        t -> syncState(openSync.getOrDefault(t.tenantId(), GroupSyncSummary.NONE)))
                .addLinkColumn("", t -> getTranslation("offboarding.link"), t -> RouteConfiguration.forApplicationScope()
                        .getUrl(OffboardingView.class, new RouteParameters("tenantId", t.tenantId().toString())));
        table.setId("tenants-table");
        table.setItems(tenants.tenants());
        Button newGroup = new Button(getTranslation("onboarding.group.add"), click -> new NewGroupDialog(onboarding, actor, group -> {
            saved();
            new FirstAccessDialog(provisioning, group).open();
        }).open());
        newGroup.setId("group-add");
        newGroup.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button newUmbrella = new Button(getTranslation("onboarding.umbrella.add"), click -> new NewUmbrellaDialog(onboarding, this::saved).open());
        newUmbrella.setId("umbrella-add");
        Button editUmbrella = new Button(getTranslation("groups.umbrella.edit"),
                click -> new EditUmbrellaDialog(groups, onboarding.umbrellas(), actor, this::saved).open());
        editUmbrella.setId("umbrella-edit");
        Div actions = new Div(newGroup, newUmbrella, editUmbrella);
        actions.addClassName("tw-filters");
        add(new H2(getTranslation("admin.tenants.title")), intro, actions, table, new PendingKeycloakRemovals(offboarded));
    }

    private String syncState(GroupSyncSummary open) {
        if (open.failed() > 0) {
            return getTranslation("identitysync.summary.failed", open.failed());
        }
        return open.pending() > 0 ? getTranslation("identitysync.summary.pending", open.pending()) : "";
    }

    private void saved() {
        removeAll();
        render();
        Notification.show(getTranslation("onboarding.saved"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
