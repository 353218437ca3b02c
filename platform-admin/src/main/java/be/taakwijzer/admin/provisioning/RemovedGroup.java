package be.taakwijzer.admin.provisioning;

/**
 * What {@link IdentityProvisioning#removeGroup} removed of an off-boarded group in Keycloak.
 *
 * @param organizationFound  false when Keycloak had no organization with the instellingsnummer (removed earlier, or never made)
 * @param accountsDeleted    members' accounts deleted: they belonged to no other organization and held no realm role
 * @param membershipsEnded   members kept because of another organization or a realm role; only their membership ended
 * @param identityProvidersRemoved the group's own identity providers, unlinked and deleted
 */
public record RemovedGroup(boolean organizationFound, int accountsDeleted, int membershipsEnded, int identityProvidersRemoved) {

    public static final RemovedGroup NOTHING_FOUND = new RemovedGroup(false, 0, 0, 0);
}
