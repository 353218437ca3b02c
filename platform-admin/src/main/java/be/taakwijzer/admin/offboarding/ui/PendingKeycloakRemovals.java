package be.taakwijzer.admin.offboarding.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import be.taakwijzer.shared.FlemishTime;
import be.taakwijzer.admin.offboarding.OffboardedGroup;
import be.taakwijzer.admin.offboarding.OffboardedIdentityService;

/**
 * Off-boarded groups that Keycloak still holds, each with why and "Opnieuw proberen". Shows nothing when
 * there are none.
 */
public class PendingKeycloakRemovals extends Div {

    private final OffboardedIdentityService identity;

    public PendingKeycloakRemovals(OffboardedIdentityService identity) {
        this.identity = identity;
        setId("offboarding-pending");
        render();
    }

    private void render() {
        removeAll();
        List<OffboardedGroup> pending = identity.pending();
        if (pending.isEmpty()) {
            return;
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(FlemishTime.ZONE);
        add(new H3(getTranslation("offboarding.pending.title")), new Paragraph(getTranslation("offboarding.pending.intro")));
        for (OffboardedGroup group : pending) {
            Paragraph line = new Paragraph(getTranslation("offboarding.pending.line", group.name(),
                    group.instellingsnummer() == null ? "" : group.instellingsnummer(), when.format(group.offboardedAt()),
                    group.identityAttempts(), reason(group)));
            line.setId("offboarding-pending-" + group.formerTenantId());
            Button retry = new Button(getTranslation("offboarding.keycloak.retry"), click -> retry(group));
            retry.setId("offboarding-pending-retry-" + group.formerTenantId());
            add(new Div(line, retry));
        }
    }

    private void retry(OffboardedGroup group) {
        boolean done;
        try {
            identity.removeFromKeycloak(group.formerTenantId());
            done = true;
        } catch (RuntimeException failedAgain) {
            done = false;
        }
        render();
        Notification.show(getTranslation(done ? "offboarding.pending.done" : "offboarding.pending.failed", group.name()), 5000,
                Notification.Position.BOTTOM_START).addThemeVariants(done ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
    }

    private String reason(OffboardedGroup group) {
        if (group.identityAttempts() == 0) {
            return getTranslation("offboarding.pending.notTried");
        }
        return group.failure().map(failure -> getTranslation(failure.messageKey(), group.failureArguments().toArray()))
                .orElseGet(() -> getTranslation("identitysync.error.unexpected", group.identityError()));
    }
}
