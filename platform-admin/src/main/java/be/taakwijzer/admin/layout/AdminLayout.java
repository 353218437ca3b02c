package be.taakwijzer.admin.layout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import be.taakwijzer.admin.audit.ui.PlatformAuditView;
import be.taakwijzer.admin.catalogue.ui.CatalogueEditorView;
import be.taakwijzer.admin.home.ui.AdminHomeView;
import be.taakwijzer.admin.onboarding.ui.SchoolListImportView;
import be.taakwijzer.admin.tenants.ui.TenantsView;
import be.taakwijzer.ui.i18n.LanguageSwitcher;
import jakarta.annotation.security.RolesAllowed;

/** The console's frame: the brand, the language, logging out, and the operator's pages (each checks the operator's role). */
@RolesAllowed("PLATFORM_OPERATOR")
public class AdminLayout extends Div implements RouterLayout, LocaleChangeObserver {

    private final RouterLink home = new RouterLink("", AdminHomeView.class);
    private final RouterLink tenants = new RouterLink("", TenantsView.class);
    private final RouterLink importList = new RouterLink("", SchoolListImportView.class);
    private final RouterLink audit = new RouterLink("", PlatformAuditView.class);
    private final RouterLink catalogue = new RouterLink("", CatalogueEditorView.class);
    private final Button logout = new Button();

    public AdminLayout(AuthenticationContext authentication) {
        H1 brand = new H1("Taakwijzer");
        brand.addClassName("tw-brand");
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(click -> authentication.logout());
        Div header = new Div(brand, new Div(new LanguageSwitcher(), logout));
        header.addClassName("tw-simple-header");
        home.setId("nav-home");
        tenants.setId("nav-tenants");
        importList.setId("nav-import");
        audit.setId("nav-audit");
        catalogue.setId("nav-catalogue");
        Nav nav = new Nav(home, tenants, importList, catalogue, audit);
        nav.addClassName("tw-admin-nav");
        addClassName("tw-admin-layout");
        add(header, nav);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        home.setText(getTranslation("admin.nav.home"));
        tenants.setText(getTranslation("admin.nav.tenants"));
        importList.setText(getTranslation("admin.nav.import"));
        audit.setText(getTranslation("admin.nav.audit"));
        catalogue.setText(getTranslation("admin.nav.catalogue"));
        logout.setText(getTranslation("nav.logout"));
    }
}
