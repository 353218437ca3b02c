package be.taakwijzer.web.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import be.taakwijzer.tenancy.LoginResult;
import be.taakwijzer.ui.i18n.LanguageSwitcher;
import be.taakwijzer.web.security.TaakwijzerUser;
import jakarta.annotation.security.PermitAll;

/** For people who logged in but whom no school group has registered (yet): a clear word, never an error trace. */
@Route(value = "geen-toegang", autoLayout = false)
@PermitAll
public class NoAccessView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final H2 title = new H2();
    private final Paragraph explanation = new Paragraph();
    private final Paragraph what = new Paragraph();
    private final Button logout = new Button();
    private final String email;
    private final LoginResult.Refusal refusal;

    public NoAccessView(AuthenticationContext authentication) {
        addClassName("tw-page");
        var user = authentication.getAuthenticatedUser(TaakwijzerUser.class);
        email = user.map(u -> u.getEmail() != null ? u.getEmail() : u.getSubject()).orElse("");
        refusal = user.flatMap(TaakwijzerUser::refusal).orElse(LoginResult.Refusal.NOT_REGISTERED);
        H1 brand = new H1("Taakwijzer");
        brand.addClassName("tw-brand");
        Div header = new Div(brand, new LanguageSwitcher());
        header.addClassName("tw-simple-header");
        title.setId("no-access-title");
        explanation.setId("no-access-explanation");
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        logout.addClickListener(click -> authentication.logout());
        add(header, title, explanation, what, logout);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("no-access.title"));
        explanation.setText(getTranslation("no-access.explanation." + refusal.name(), email));
        what.setText(getTranslation("no-access.what." + refusal.name()));
        logout.setText(getTranslation("nav.logout"));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("no-access.title") + " | Taakwijzer";
    }
}
