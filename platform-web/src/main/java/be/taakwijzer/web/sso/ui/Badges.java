package be.taakwijzer.web.sso.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import be.taakwijzer.sso.ConnectionState;
import be.taakwijzer.sso.LeerIdState;

/** Coloured labels of a LeerID state and of an application's connection, with the application's existing badge styles. */
final class Badges {

    private Badges() {
    }

    static Span state(Component source, LeerIdState state) {
        Span badge = new Span(source.getTranslation("sso.state." + state.name()));
        badge.addClassName("tw-badge");
        switch (state) {
            case LIVE -> badge.addClassName("tw-state-allocated");
            case TEST -> badge.addClassName("tw-central");
            case REQUESTED -> badge.addClassName("tw-state-open");
            case NOT_STARTED -> badge.addClassName("tw-leerid-not-started");
        }
        return badge;
    }

    static Span connection(Component source, ConnectionState state) {
        Span badge = new Span(source.getTranslation("sso.connection." + state.name()));
        badge.addClassName("tw-badge");
        switch (state) {
            case CONNECTED -> badge.addClassName("tw-state-allocated");
            case PLANNED -> badge.addClassName("tw-state-open");
            case NOT_SUPPORTED -> badge.addClassName("tw-status-stopped");
        }
        return badge;
    }
}
