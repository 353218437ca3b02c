package be.taakwijzer.web.security.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import be.taakwijzer.ui.MessagePage;
import be.taakwijzer.web.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A page this person's role may not open: a plain refusal (HTTP 403), no data, inside the usual frame. */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends MessagePage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("access-denied-title", "access-denied.title", "access-denied.explanation");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
