package be.taakwijzer.admin.home.ui;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import be.taakwijzer.admin.audit.ui.PlatformAuditView;
import be.taakwijzer.admin.catalogue.ui.CatalogueEditorView;
import be.taakwijzer.admin.layout.AdminLayout;
import be.taakwijzer.admin.onboarding.ui.SchoolListImportView;
import be.taakwijzer.admin.tenants.ui.TenantsView;
import jakarta.annotation.security.RolesAllowed;

/** The start page of the operator console: a welcome and what each part of the console is for. */
@Route(value = "", layout = AdminLayout.class)
@RolesAllowed("PLATFORM_OPERATOR")
public class AdminHomeView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final H2 title = new H2();
    private final Paragraph welcome = new Paragraph();
    private final UnorderedList parts = new UnorderedList();
    private final String userName;

    public AdminHomeView(AuthenticationContext authentication) {
        addClassName("tw-page");
        userName = authentication.getAuthenticatedUser(OidcUser.class)
                .map(oidc -> oidc.getFullName() != null ? oidc.getFullName() : oidc.getSubject())
                .orElse("");
        welcome.setId("admin-welcome");
        parts.setId("admin-parts");
        add(title, welcome, parts);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("admin.title"));
        welcome.setText(getTranslation("admin.welcome", userName));
        RouterLink importList = new RouterLink(getTranslation("admin.link.import"), SchoolListImportView.class);
        importList.setId("admin-import-link");
        parts.removeAll();
        parts.add(part(new RouterLink(getTranslation("admin.nav.tenants"), TenantsView.class), "admin.home.tenants"),
                part(importList, "admin.home.import"),
                part(new RouterLink(getTranslation("admin.nav.catalogue"), CatalogueEditorView.class), "admin.home.catalogue"),
                part(new RouterLink(getTranslation("admin.nav.audit"), PlatformAuditView.class), "admin.home.audit"));
    }

    private ListItem part(Component link, String explanationKey) {
        return new ListItem(link, new Span(" — " + getTranslation(explanationKey)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title") + " | Taakwijzer";
    }
}
