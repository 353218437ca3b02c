package be.taakwijzer.admin.offboarding.ui;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import be.taakwijzer.admin.offboarding.OffboardedIdentityService;
import be.taakwijzer.admin.provisioning.IdentityProvisioningException;
import be.taakwijzer.admin.provisioning.RemovedGroup;

/**
 * Removes an off-boarded group from Keycloak as soon as it is shown, and says what happened: what was
 * removed, or why not, with "Opnieuw proberen" (the console also retries on its own).
 */
public class KeycloakRemoval extends Div {

    private final OffboardedIdentityService identity;
    private final UUID formerTenantId;

    public KeycloakRemoval(OffboardedIdentityService identity, UUID formerTenantId) {
        this.identity = identity;
        this.formerTenantId = formerTenantId;
        attempt();
    }

    private void attempt() {
        removeAll();
        Paragraph message = new Paragraph();
        message.setId("offboarding-keycloak");
        add(message);
        try {
            RemovedGroup removed = identity.removeFromKeycloak(formerTenantId);
            message.setText(removed.organizationFound()
                    ? getTranslation("offboarding.keycloak.removed", removed.accountsDeleted(), removed.membershipsEnded(),
                            removed.identityProvidersRemoved())
                    : getTranslation("offboarding.keycloak.nothing"));
        } catch (IdentityProvisioningException refused) {
            message.setText(getTranslation("offboarding.keycloak.failed", getTranslation(refused.failure().messageKey(), refused.arguments())));
            retry();
        } catch (RuntimeException unexpected) {
            message.setText(getTranslation("offboarding.keycloak.failed", getTranslation("identitysync.error.unexpected", unexpected.toString())));
            retry();
        }
    }

    private void retry() {
        Button again = new Button(getTranslation("offboarding.keycloak.retry"), click -> attempt());
        again.setId("offboarding-keycloak-retry");
        add(again);
    }
}
