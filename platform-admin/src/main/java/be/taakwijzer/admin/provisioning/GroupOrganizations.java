package be.taakwijzer.admin.provisioning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

/**
 * The realm's organizations of school groups, within one admin session: found by instellingsnummer,
 * their domains and identity-provider links brought to a wanted state, changed only where they differ.
 */
final class GroupOrganizations {

    static final String TYPE = "type";
    static final String SCHOOL_GROUP = "SCHOOL_GROUP";
    static final String INSTELLINGSNUMMER = "instellingsnummer";

    private final RealmResource realm;

    GroupOrganizations(RealmResource realm) {
        this.realm = realm;
    }

    Optional<OrganizationRepresentation> find(String instellingsnummer) {
        List<OrganizationRepresentation> found = realm.organizations()
                .searchByAttribute(TYPE + ":" + SCHOOL_GROUP + " " + INSTELLINGSNUMMER + ":" + instellingsnummer);
        if (found.size() > 1) {
            throw new IdentityProvisioningException(ProvisioningFailure.ORGANIZATION_AMBIGUOUS,
                    found.size() + " organizations carry instellingsnummer " + instellingsnummer, instellingsnummer);
        }
        return found.stream().findFirst();
    }

    String create(GroupIdentity group) {
        // checked before anything is created, so that a refusal leaves nothing half done
        requireDomainsFree(null, group.emailDomains());
        group.identityProviderAliases().forEach(alias -> requireProviderFree(null, alias));
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setName(group.name());
        organization.setAlias(group.alias());
        organization.setEnabled(true);
        organization.setAttributes(Map.of(TYPE, List.of(SCHOOL_GROUP), INSTELLINGSNUMMER, List.of(group.instellingsnummer())));
        group.emailDomains().forEach(domain -> organization.addDomain(verified(domain)));
        try (Response response = realm.organizations().create(organization)) {
            return KeycloakResponses.createdId(response);
        }
    }

    /** The organization with this id, or {@link ProvisioningFailure#ORGANIZATION_UNKNOWN}. */
    OrganizationResource existing(String organizationId) {
        OrganizationResource organization = realm.organizations().get(organizationId);
        representation(organization, organizationId);
        return organization;
    }

    ProvisioningOutcome rename(String organizationId, String name) {
        OrganizationResource resource = realm.organizations().get(organizationId);
        OrganizationRepresentation organization = representation(resource, organizationId);
        if (name.equals(organization.getName())) {
            return ProvisioningOutcome.UNCHANGED;
        }
        organization.setName(name);
        update(resource, organization);
        return ProvisioningOutcome.UPDATED;
    }

    /** Makes the organization's domains exactly {@code wanted}. */
    ProvisioningOutcome syncDomains(String organizationId, Set<String> wanted) {
        OrganizationResource resource = realm.organizations().get(organizationId);
        OrganizationRepresentation organization = representation(resource, organizationId);
        if (domainNames(organization).equals(wanted)) {
            return ProvisioningOutcome.UNCHANGED;
        }
        requireDomainsFree(organizationId, wanted);
        if (organization.getDomains() != null) {
            organization.getDomains().clear();
        }
        wanted.forEach(domain -> organization.addDomain(verified(domain)));
        update(resource, organization);
        return ProvisioningOutcome.UPDATED;
    }

    ProvisioningOutcome addDomain(String organizationId, String domain) {
        return addDomains(organizationId, Set.of(domain));
    }

    /** Adds the domains the organization lacks; its other domains stay. */
    ProvisioningOutcome addDomains(String organizationId, Set<String> domains) {
        OrganizationRepresentation organization = representation(realm.organizations().get(organizationId), organizationId);
        Set<String> wanted = domainNames(organization);
        wanted.addAll(domains);
        return syncDomains(organizationId, wanted);
    }

    /** Removes one domain; the organization's other domains stay. */
    ProvisioningOutcome removeDomain(String organizationId, String domain) {
        OrganizationRepresentation organization = representation(realm.organizations().get(organizationId), organizationId);
        Set<String> wanted = domainNames(organization);
        return wanted.remove(domain) ? syncDomains(organizationId, wanted) : ProvisioningOutcome.UNCHANGED;
    }

    /** The aliases of the identity providers linked to the organization. */
    Set<String> identityProviderAliases(String organizationId) {
        return existing(organizationId).identityProviders().getIdentityProviders().stream()
                .map(IdentityProviderRepresentation::getAlias).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Links exactly the {@code wanted} identity providers; unlinking leaves the provider itself in the realm. */
    ProvisioningOutcome syncIdentityProviders(String organizationId, Set<String> wanted) {
        OrganizationResource organization = existing(organizationId);
        Set<String> linked = identityProviderAliases(organizationId);
        ProvisioningOutcome outcome = ProvisioningOutcome.UNCHANGED;
        for (String alias : wanted) {
            if (!linked.contains(alias)) {
                requireProviderFree(organizationId, alias);
                try (Response response = organization.identityProviders().addIdentityProvider(alias)) {
                    KeycloakResponses.requireSuccess(response);
                }
                outcome = ProvisioningOutcome.UPDATED;
            }
        }
        for (String alias : linked) {
            if (!wanted.contains(alias)) {
                try (Response response = organization.identityProviders().get(alias).delete()) {
                    KeycloakResponses.requireSuccess(response);
                }
                outcome = ProvisioningOutcome.UPDATED;
            }
        }
        return outcome;
    }

    ProvisioningOutcome ensureMember(String organizationId, String userId) {
        OrganizationResource organization = existing(organizationId);
        if (isMember(organization, userId)) {
            return ProvisioningOutcome.UNCHANGED;
        }
        try (Response response = organization.members().addMember(userId)) {
            KeycloakResponses.requireSuccess(response);
        }
        return ProvisioningOutcome.UPDATED;
    }

    /** Ends the membership only: the user keeps the account and other organizations' memberships. */
    ProvisioningOutcome removeMember(String organizationId, String userId) {
        OrganizationResource organization = existing(organizationId);
        if (!isMember(organization, userId)) {
            return ProvisioningOutcome.UNCHANGED;
        }
        try (Response response = organization.members().member(userId).delete()) {
            KeycloakResponses.requireSuccess(response);
        }
        return ProvisioningOutcome.UPDATED;
    }

    private static boolean isMember(OrganizationResource organization, String userId) {
        try {
            organization.members().member(userId).toRepresentation();
            return true;
        } catch (NotFoundException notAMember) {
            return false;
        }
    }

    /** Keycloak refuses a domain of another organization with a bare 400; checking first gives the operator the reason. */
    private void requireDomainsFree(String organizationId, Set<String> domains) {
        for (String domain : domains) {
            realm.organizations().search(domain, true, 0, 10).stream()
                    .filter(other -> !other.getId().equals(organizationId))
                    .filter(other -> domainNames(other).contains(domain))
                    .findFirst()
                    .ifPresent(other -> {
                        throw new IdentityProvisioningException(ProvisioningFailure.DOMAIN_TAKEN,
                                "Domain " + domain + " belongs to organization " + other.getAlias(), domain, other.getName());
                    });
        }
    }

    private void requireProviderFree(String organizationId, String alias) {
        IdentityProviderRepresentation provider;
        try {
            provider = realm.identityProviders().get(alias).toRepresentation();
        } catch (NotFoundException unknown) {
            throw new IdentityProvisioningException(ProvisioningFailure.IDENTITY_PROVIDER_UNKNOWN,
                    "No identity provider " + alias + " in the realm", unknown, alias);
        }
        if (provider.getOrganizationId() != null && !provider.getOrganizationId().equals(organizationId)) {
            throw new IdentityProvisioningException(ProvisioningFailure.IDENTITY_PROVIDER_TAKEN,
                    "Identity provider " + alias + " is linked to organization " + provider.getOrganizationId(), alias);
        }
    }

    private static OrganizationRepresentation representation(OrganizationResource organization, String organizationId) {
        try {
            return organization.toRepresentation();
        } catch (NotFoundException gone) {
            throw new IdentityProvisioningException(ProvisioningFailure.ORGANIZATION_UNKNOWN,
                    "No organization " + organizationId, gone, organizationId);
        }
    }

    private static void update(OrganizationResource organization, OrganizationRepresentation changed) {
        try (Response response = organization.update(changed)) {
            KeycloakResponses.requireSuccess(response);
        }
    }

    private static Set<String> domainNames(OrganizationRepresentation organization) {
        return organization.getDomains() == null ? new TreeSet<>()
                : organization.getDomains().stream().map(OrganizationDomainRepresentation::getName)
                        .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Keycloak does not check domain ownership itself; the flag records that the operator took the
     * domain from the group's own records (as the demo realm's domains are marked).
     */
    private static OrganizationDomainRepresentation verified(String domain) {
        OrganizationDomainRepresentation representation = new OrganizationDomainRepresentation(domain);
        representation.setVerified(true);
        return representation;
    }
}
