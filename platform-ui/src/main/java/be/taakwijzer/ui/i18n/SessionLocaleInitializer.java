package be.taakwijzer.ui.i18n;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

/** Every new UI starts in the session's language, and a new session in Dutch whatever the browser asks. */
@Component
class SessionLocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setLocale(TaakwijzerI18NProvider.DUTCH));
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(
                TaakwijzerI18NProvider.supported(VaadinSession.getCurrent().getLocale())));
    }
}
