package be.taakwijzer.admin.identitysync.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import be.taakwijzer.shared.FlemishTime;
import be.taakwijzer.admin.identitysync.IdentitySyncService;
import be.taakwijzer.admin.identitysync.SyncRequest;
import be.taakwijzer.admin.identitysync.SyncRun;
import be.taakwijzer.ui.table.DataTable;

/**
 * A group's access in Keycloak as the identity sync sees it: what still waits to be brought in step (people,
 * domains, the organization), since when, how often it failed and why; and "Nu synchroniseren", which
 * processes all of it at once instead of at the scheduler's next run.
 */
public class IdentitySyncPanel extends Div {

    private final IdentitySyncService sync;
    private final UUID tenantId;

    public IdentitySyncPanel(IdentitySyncService sync, UUID tenantId) {
        this.sync = sync;
        this.tenantId = tenantId;
        setId("identity-sync");
        render();
    }

    private void render() {
        removeAll();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(FlemishTime.ZONE);
        List<SyncRequest> open = sync.open(tenantId);
        Paragraph state = new Paragraph(open.isEmpty() ? getTranslation("identitysync.state.none")
                : getTranslation("identitysync.state.open", open.size(), open.stream().filter(SyncRequest::failed).count()));
        state.setId("identity-sync-state");
        add(new H3(getTranslation("identitysync.title")), state);
        if (!open.isEmpty()) {
            DataTable<SyncRequest> table = new DataTable<SyncRequest>()
                    .addColumn(getTranslation("identitysync.column.what"), this::what)
                    .addColumn(getTranslation("identitysync.column.since"), request -> when.format(request.createdAt()))
                    .addColumn(getTranslation("identitysync.column.state"), request -> request.failed()
                            ? getTranslation("identitysync.failed", request.attempts(), when.format(request.nextAttemptAt()))
                            : getTranslation("identitysync.waiting"))
                    .addColumn(getTranslation("identitysync.column.error"), this::error);
            table.setId("identity-sync-table");
            table.setItems(open);
            add(table);
        }
        Button now = new Button(getTranslation("identitysync.now"), click -> syncNow());
        now.setId("identity-sync-now");
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        now.setEnabled(!open.isEmpty());
        add(now);
    }

    private void syncNow() {
        SyncRun run = sync.syncNow(tenantId);
        render();
        Notification.show(getTranslation("identitysync.done", run.processed(), run.failed()), 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(run.failed() == 0 ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
    }

    private String what(SyncRequest request) {
        return getTranslation("identitysync.kind." + request.kind().name(), request.subject());
    }

    private String error(SyncRequest request) {
        if (!request.failed()) {
            return "";
        }
        return request.failure().map(failure -> getTranslation(failure.messageKey(), request.failureArguments().toArray()))
                .orElseGet(() -> getTranslation("identitysync.error.unexpected", request.lastError()));
    }
}
