package be.taakwijzer.web.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

import be.taakwijzer.ui.MessagePage;
import be.taakwijzer.web.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A page that does not exist, or not for this person's school group: the same plain answer for both (404). */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends MessagePage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("not-found-title", "not-found.title", "not-found.explanation");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
