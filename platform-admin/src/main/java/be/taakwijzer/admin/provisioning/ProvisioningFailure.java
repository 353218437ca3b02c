package be.taakwijzer.admin.provisioning;

/** What can go wrong when provisioning identities, each with its message key in {@code i18n/messages}. */
public enum ProvisioningFailure {

    /** Arguments: Keycloak's URL. */
    KEYCLOAK_UNREACHABLE("provisioning.error.keycloakUnreachable"),
    /** Arguments: the admin user. */
    ADMIN_ACCESS_REFUSED("provisioning.error.adminAccessRefused"),
    /** Arguments: the organization id. */
    ORGANIZATION_UNKNOWN("provisioning.error.organizationUnknown"),
    /** Arguments: the instellingsnummer. */
    ORGANIZATION_AMBIGUOUS("provisioning.error.organizationAmbiguous"),
    /** Arguments: the domain, the other organization's name. */
    DOMAIN_TAKEN("provisioning.error.domainTaken"),
    /** Arguments: the identity provider's alias. */
    IDENTITY_PROVIDER_UNKNOWN("provisioning.error.identityProviderUnknown"),
    /** Arguments: the identity provider's alias. */
    IDENTITY_PROVIDER_TAKEN("provisioning.error.identityProviderTaken"),
    /** Arguments: the e-mail address. */
    PERSON_UNKNOWN("provisioning.error.personUnknown"),
    /** Arguments: the HTTP status, Keycloak's error message. */
    REJECTED("provisioning.error.rejected"),
    /** Arguments: the group's name. Its organization is found by instellingsnummer: without one there is none to keep in step. */
    GROUP_WITHOUT_INSTELLINGSNUMMER("provisioning.error.groupWithoutInstellingsnummer");

    private final String messageKey;

    ProvisioningFailure(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
