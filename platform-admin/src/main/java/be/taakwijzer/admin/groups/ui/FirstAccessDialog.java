package be.taakwijzer.admin.groups.ui;

import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import be.taakwijzer.admin.groups.NewSchoolGroup;
import be.taakwijzer.admin.provisioning.FirstAccount;
import be.taakwijzer.admin.provisioning.GroupIdentity;
import be.taakwijzer.admin.provisioning.IdentityProvisioning;
import be.taakwijzer.admin.provisioning.IdentityProvisioningException;
import be.taakwijzer.admin.provisioning.ProvisionedAccount;
import be.taakwijzer.admin.provisioning.ProvisionedGroup;
import be.taakwijzer.tenancy.Instellingsnummer;

/**
 * After a school group is saved: its organization and first ICT account in Keycloak, and how that person
 * gets in (an invitation e-mail, or a temporary password shown here once). Keycloak is another system: when
 * it refuses or cannot be reached, the group stays saved and the operator can try again (it is idempotent).
 */
public class FirstAccessDialog extends Dialog {

    public FirstAccessDialog(IdentityProvisioning provisioning, NewSchoolGroup group) {
        setHeaderTitle(getTranslation("onboarding.access.title"));
        Paragraph message = new Paragraph();
        message.setId("access-message");
        Paragraph secret = new Paragraph();
        secret.setId("access-password");
        secret.setVisible(false);
        try {
            String email = group.firstIctEmail().strip().toLowerCase();
            ProvisionedGroup organization = provisioning.ensureGroup(new GroupIdentity(Instellingsnummer.parse(group.instellingsnummer().strip()).value(),
                    group.name().strip(), Set.of(email.substring(email.indexOf('@') + 1)), Set.of()));
            ProvisionedAccount account = provisioning.ensureFirstIctAccount(organization.organizationId(),
                    FirstAccount.fromDisplayName(email, group.firstIctName()));
            if (account.invitationEmailSent()) {
                message.setText(getTranslation("onboarding.access.invited", email));
            } else if (account.temporaryPassword().isPresent()) {
                message.setText(getTranslation("onboarding.access.password", email));
                secret.setText(account.temporaryPassword().get());
                secret.setVisible(true);
            } else {
                message.setText(getTranslation("onboarding.access.existing", email));
            }
        } catch (IdentityProvisioningException refused) {
            message.setText(getTranslation("onboarding.access.failed", getTranslation(refused.failure().messageKey(), refused.arguments())));
        }
        add(message, secret);
        Button close = new Button(getTranslation("onboarding.access.close"), click -> close());
        close.setId("access-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }
}
