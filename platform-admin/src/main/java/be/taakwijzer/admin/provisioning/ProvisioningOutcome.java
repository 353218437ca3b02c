package be.taakwijzer.admin.provisioning;

/** What a provisioning call changed in Keycloak; {@code UNCHANGED} is what a repeated call answers. */
public enum ProvisioningOutcome {
    CREATED,
    UPDATED,
    UNCHANGED;

    /** The outcome of two steps of one call: the bigger change wins. */
    ProvisioningOutcome and(ProvisioningOutcome other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
