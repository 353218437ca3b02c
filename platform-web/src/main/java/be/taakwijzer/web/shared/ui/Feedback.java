package be.taakwijzer.web.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import be.taakwijzer.shared.InvalidInputException;

/** Tells the person what happened, in their language: saved, or why not. The same for every page. */
public final class Feedback {

    private Feedback() {
    }

    public static void saved(Component source, String key, Object... arguments) {
        Notification notification = Notification.show(source.getTranslation(key, arguments), 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void refused(Component source, InvalidInputException refused) {
        Notification notification = Notification.show(source.getTranslation(refused.messageKey(), refused.arguments()), 8000,
                Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
