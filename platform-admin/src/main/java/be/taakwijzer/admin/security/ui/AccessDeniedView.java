package be.taakwijzer.admin.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.spring.security.AuthenticationContext;

import be.taakwijzer.ui.MessagePage;
import jakarta.servlet.http.HttpServletResponse;

/** The console is for operators only: everyone else gets a plain refusal (HTTP 403) and no data. */
public class AccessDeniedView extends MessagePage implements HasErrorParameter<AccessDeniedException> {

    private final AuthenticationContext authentication;

    public AccessDeniedView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("access-denied-title", "admin.denied.title", "admin.denied.explanation");
        if (authentication.isAuthenticated()) {
            Button logout = new Button(
                    getTranslation("nav.logout"), click -> authentication.logout());
            logout.setId("logout");
            add(logout);
        }
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
