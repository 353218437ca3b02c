package be.taakwijzer.web.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import be.taakwijzer.web.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A page this person's role may not open: a plain refusal (HTTP 403), no data, inside the usual frame. */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("tw-page");
        H2 title = new H2(getTranslation("access-denied.title"));
        title.setId("access-denied-title");
        add(title, new Paragraph(getTranslation("access-denied.explanation")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
