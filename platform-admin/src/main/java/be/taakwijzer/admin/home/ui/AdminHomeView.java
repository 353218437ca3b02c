package be.taakwijzer.admin.home.ui;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import be.taakwijzer.admin.layout.AdminLayout;
import be.taakwijzer.admin.onboarding.ui.SchoolListImportView;
import jakarta.annotation.security.RolesAllowed;

/** The start page of the operator console: its features so far, and what comes next. */
@Route(value = "", layout = AdminLayout.class)
@RolesAllowed("PLATFORM_OPERATOR")
public class AdminHomeView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final H2 title = new H2();
    private final Paragraph welcome = new Paragraph();
    private final Paragraph comingNext = new Paragraph();
    private final UnorderedList features = new UnorderedList();
    private final RouterLink importSchoolList = new RouterLink("", SchoolListImportView.class);
    private final String userName;

    public AdminHomeView(AuthenticationContext authentication) {
        addClassName("tw-page");
        userName = authentication.getAuthenticatedUser(OidcUser.class)
                .map(oidc -> oidc.getFullName() != null ? oidc.getFullName() : oidc.getSubject())
                .orElse("");
        welcome.setId("admin-welcome");
        importSchoolList.setId("admin-import-link");
        add(title, welcome, new Paragraph(importSchoolList), comingNext, features);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("admin.title"));
        welcome.setText(getTranslation("admin.welcome", userName));
        comingNext.setText(getTranslation("admin.coming"));
        importSchoolList.setText(getTranslation("admin.link.import"));
        features.removeAll();
        for (String feature : new String[] {"move", "catalogue"}) {
            features.add(new ListItem(getTranslation("admin.feature." + feature)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title") + " | Taakwijzer";
    }
}
