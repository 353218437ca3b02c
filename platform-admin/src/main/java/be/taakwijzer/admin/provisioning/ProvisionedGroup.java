package be.taakwijzer.admin.provisioning;

/** The school group's organization in Keycloak after {@link IdentityProvisioning#ensureGroup}. */
public record ProvisionedGroup(String organizationId, String alias, ProvisioningOutcome outcome) {
}
