package be.taakwijzer.web.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;

import be.taakwijzer.ui.i18n.LanguageSwitcher;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.web.allocation.ui.CentralTasksView;
import be.taakwijzer.web.allocation.ui.GroupHistoryView;
import be.taakwijzer.web.allocation.ui.GroupOverviewView;
import be.taakwijzer.web.catalogue.ui.CatalogueView;
import be.taakwijzer.web.dashboard.ui.GroupDashboardView;
import be.taakwijzer.web.dashboard.ui.SchoolBenchmarkView;
import be.taakwijzer.web.dashboard.ui.UmbrellaDashboardView;
import be.taakwijzer.web.tenancy.ui.SchoolsView;
import be.taakwijzer.web.tenancy.ui.StaffView;
import be.taakwijzer.web.security.TaakwijzerUser;
import be.taakwijzer.web.security.ui.NoAccessView;
import jakarta.annotation.security.PermitAll;

/** The frame every view of platform-web lives in: product name, navigation, language, user. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements LocaleChangeObserver, BeforeEnterObserver {

    private static final int LAPTOP_WIDTH = 1100;

    private final DrawerToggle toggle = new DrawerToggle();
    private final SideNavItem catalogueItem = new SideNavItem("", CatalogueView.class, VaadinIcon.LIST_UL.create());
    private final SideNavItem schoolsItem = new SideNavItem("", SchoolsView.class, VaadinIcon.ACADEMY_CAP.create());
    private final SideNavItem staffItem = new SideNavItem("", StaffView.class, VaadinIcon.USERS.create());
    private final SideNavItem overviewItem = new SideNavItem("", GroupOverviewView.class, VaadinIcon.TABLE.create());
    private final SideNavItem dashboardItem = new SideNavItem("", GroupDashboardView.class, VaadinIcon.CHART.create());
    private final SideNavItem centralItem = new SideNavItem("", CentralTasksView.class, VaadinIcon.CLUSTER.create());
    // the central workspaces, by address: each lives in its own feature package
    private final SideNavItem purchasingItem = new SideNavItem("", "inkoop", VaadinIcon.CART.create());
    private final SideNavItem privacyItem = new SideNavItem("", "privacy", VaadinIcon.SHIELD.create());
    private final SideNavItem ssoItem = new SideNavItem("", "leerid", VaadinIcon.KEY.create());
    private final SideNavItem historyItem = new SideNavItem("", GroupHistoryView.class, VaadinIcon.TIME_BACKWARD.create());
    private final SideNavItem umbrellaItem = new SideNavItem("", UmbrellaDashboardView.class, VaadinIcon.CHART_GRID.create());
    private final SideNavItem benchmarkItem = new SideNavItem("", SchoolBenchmarkView.class, VaadinIcon.SCALE.create());
    private final Button logout = new Button(VaadinIcon.SIGN_OUT.create());

    private final AuthenticationContext authentication;

    public MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        H1 brand = new H1("Taakwijzer");
        brand.addClassName("tw-brand");

        Span user = new Span(authentication.getAuthenticatedUser(TaakwijzerUser.class)
                .map(TaakwijzerUser::displayName).orElse(""));
        user.addClassName("tw-user");
        user.setId("current-user");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        logout.addClickListener(click -> authentication.logout());

        Div headerEnd = new Div(new LanguageSwitcher(), user, logout);
        headerEnd.addClassName("tw-header-end");
        addToNavbar(toggle, brand, headerEnd);

        SideNav navigation = new SideNav();
        if (authentication.hasRole(StaffRole.UMBRELLA_ADVISER.name())) {
            navigation.addItem(umbrellaItem);
        }
        if (authentication.hasRole(StaffRole.GROUP_ICT_STAFF.name())) {
            navigation.addItem(overviewItem);
            navigation.addItem(dashboardItem);
        }
        if (authentication.hasAnyRole(StaffRole.GROUP_ICT_STAFF.name(), StaffRole.GROUP_DPO.name())) {
            navigation.addItem(centralItem);
        }
        if (authentication.hasAnyRole(StaffRole.GROUP_ICT_STAFF.name(), StaffRole.GROUP_DPO.name(), StaffRole.SCHOOL_DIRECTOR.name())) {
            navigation.addItem(schoolsItem);
        }
        if (authentication.hasAnyRole(StaffRole.GROUP_ICT_STAFF.name(), StaffRole.SCHOOL_DIRECTOR.name())) {
            navigation.addItem(purchasingItem);
        }
        if (authentication.hasAnyRole(StaffRole.GROUP_DPO.name(), StaffRole.SCHOOL_DIRECTOR.name(), StaffRole.GROUP_ICT_STAFF.name())) {
            navigation.addItem(privacyItem);
        }
        if (authentication.hasAnyRole(StaffRole.GROUP_ICT_STAFF.name(), StaffRole.SCHOOL_DIRECTOR.name())) {
            navigation.addItem(ssoItem);
            navigation.addItem(benchmarkItem);
        }
        navigation.addItem(catalogueItem);
        if (authentication.hasRole(StaffRole.GROUP_ICT_STAFF.name())) {
            navigation.addItem(staffItem);
            navigation.addItem(historyItem);
        }
        addToDrawer(navigation);
        setPrimarySection(Section.DRAWER);
        // On a tablet the open drawer takes room the catalogue needs: start closed below laptop width.
        addAttachListener(attach -> attach.getUI().getPage().retrieveExtendedClientDetails(
                details -> setDrawerOpened(details.getWindowInnerWidth() >= LAPTOP_WIDTH)));
    }

    /** Only people a school group registered get past the layout; the others read why not. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean registered = authentication.getAuthenticatedUser(TaakwijzerUser.class).flatMap(TaakwijzerUser::link).isPresent();
        if (!registered) {
            event.rerouteTo(NoAccessView.class);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        catalogueItem.setLabel(getTranslation("nav.catalogue"));
        staffItem.setLabel(getTranslation("nav.staff"));
        schoolsItem.setLabel(getTranslation("nav.schools"));
        overviewItem.setLabel(getTranslation("nav.overview"));
        dashboardItem.setLabel(getTranslation("nav.dashboard"));
        centralItem.setLabel(getTranslation("nav.central"));
        historyItem.setLabel(getTranslation("nav.history"));
        purchasingItem.setLabel(getTranslation("nav.purchasing"));
        privacyItem.setLabel(getTranslation("nav.privacy"));
        ssoItem.setLabel(getTranslation("nav.sso"));
        umbrellaItem.setLabel(getTranslation("nav.umbrella"));
        benchmarkItem.setLabel(getTranslation("nav.benchmark"));
        toggle.setAriaLabel(getTranslation("nav.menu"));
        logout.setText(getTranslation("nav.logout"));
    }
}
