package be.taakwijzer.admin.offboarding.ui;

import java.util.Map;
import java.util.UUID;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import be.taakwijzer.admin.security.CurrentOperator;
import be.taakwijzer.admin.layout.AdminLayout;
import be.taakwijzer.admin.offboarding.GroupExport;
import be.taakwijzer.admin.offboarding.OffboardedIdentityService;
import be.taakwijzer.admin.offboarding.OffboardingService;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.ui.Downloads;
import be.taakwijzer.ui.LocalizedPage;
import jakarta.annotation.security.RolesAllowed;

/**
 * Off-boarding a school group in two steps: download its export, then confirm with the group's name.
 * The deletion names the export it follows, so nothing is deleted that was not handed over. Once the
 * deletion is committed, the group is removed from Keycloak; when that fails the off-boarding stands and the
 * page says why, with a retry (the scheduler retries too).
 */
@Route(value = "scholengroepen/:tenantId/afsluiten", layout = AdminLayout.class)
@RolesAllowed("PLATFORM_OPERATOR")
public class OffboardingView extends LocalizedPage implements BeforeEnterObserver {

    private final OffboardingService offboarding;
    private final OffboardedIdentityService identity;
    private final String actor;
    private UUID tenantId;
    private GroupExport export;
    private Map<String, Integer> deleted;

    public OffboardingView(OffboardingService offboarding, OffboardedIdentityService identity, AuthenticationContext authentication) {
        this.offboarding = offboarding;
        this.identity = identity;
        this.actor = CurrentOperator.email(authentication);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenantId = event.getRouteParameters().get("tenantId").map(UUID::fromString).orElseThrow();
        export = offboarding.export(tenantId);
    }

    @Override
    protected String titleKey() {
        return "offboarding.title";
    }

    @Override
    protected void render() {
        add(new H2(getTranslation("offboarding.title")));
        if (deleted != null) {
            Paragraph done = new Paragraph(getTranslation("offboarding.done", deleted.values().stream().mapToInt(Integer::intValue).sum()));
            done.setId("offboarding-done");
            add(done, new KeycloakRemoval(identity, tenantId));
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("offboarding.intro"));
        intro.addClassName("tw-intro");
        Anchor download = Downloads.link("offboarding-download", getTranslation("offboarding.download"), export.fileName(),
                "application/json", export::json);
        Paragraph fingerprint = new Paragraph(getTranslation("offboarding.fingerprint", export.sha256()));
        fingerprint.setId("offboarding-fingerprint");
        TextField name = new TextField(getTranslation("offboarding.confirm-name"));
        name.setId("offboarding-name");
        name.setWidth("24em");
        Button delete = new Button(getTranslation("offboarding.delete"), click -> {
            try {
                deleted = offboarding.offboard(tenantId, name.getValue(), export.sha256(), actor);
                removeAll();
                render();
            } catch (InvalidInputException refused) {
                name.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                name.setInvalid(true);
            }
        });
        delete.setId("offboarding-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        add(intro, download, fingerprint, name, delete);
    }
}
