package be.taakwijzer.admin.provisioning;

import java.util.Optional;

/**
 * The first ICT account after {@link IdentityProvisioning#ensureFirstIctAccount}.
 *
 * @param userId             Keycloak's id of the user
 * @param outcome            {@code CREATED} for a new user; {@code UPDATED} when only the membership was added
 * @param temporaryPassword  present only in the answer to the call that created the user without an
 *                           invitation e-mail: show it to the operator once, never store or log it
 * @param invitationEmailSent whether Keycloak e-mailed the person a link to choose a password
 */
public record ProvisionedAccount(String userId, ProvisioningOutcome outcome, Optional<String> temporaryPassword,
        boolean invitationEmailSent) {

    /** Keeps the temporary password out of logs. */
    @Override
    public String toString() {
        return "ProvisionedAccount[userId=" + userId + ", outcome=" + outcome + ", temporaryPassword="
                + temporaryPassword.map(password -> "(hidden)").orElse("none") + ", invitationEmailSent=" + invitationEmailSent + "]";
    }
}
