package be.taakwijzer.admin.provisioning;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

import jakarta.ws.rs.core.Response;

/**
 * Removes an off-boarded group's organization within one admin session: its members' accounts (they are
 * the group's accounts) unless an account also belongs to another organization or holds a realm role, the
 * group's own identity providers, and the organization itself — in that order, so that a retry after a
 * failure half way finds the organization still there and goes on where it stopped.
 */
final class OrganizationRemoval {

    private static final int PAGE = 100;

    private final RealmResource realm;

    OrganizationRemoval(RealmResource realm) {
        this.realm = realm;
    }

    RemovedGroup remove(OrganizationRepresentation found) {
        OrganizationResource organization = realm.organizations().get(found.getId());
        int deleted = 0;
        int ended = 0;
        Set<String> handled = new HashSet<>();
        List<MemberRepresentation> members;
        // every member leaves the list when handled: read the first page again until it is empty
        while (!(members = organization.members().list(0, PAGE)).isEmpty()) {
            if (!handled.addAll(members.stream().map(MemberRepresentation::getId).toList())) {
                throw new IllegalStateException("Members of organization " + found.getAlias() + " do not leave it: " + members.size());
            }
            for (MemberRepresentation member : members) {
                if (keepsAccount(member.getId(), found.getId())) {
                    endMembership(organization, member.getId());
                    ended++;
                } else {
                    deleteAccount(member.getId());
                    deleted++;
                }
            }
        }
        int providers = 0;
        for (IdentityProviderRepresentation provider : organization.identityProviders().getIdentityProviders()) {
            try (Response response = organization.identityProviders().get(provider.getAlias()).delete()) {
                KeycloakResponses.requireSuccess(response);
            }
            realm.identityProviders().get(provider.getAlias()).remove();
            providers++;
        }
        try (Response response = organization.delete()) {
            KeycloakResponses.requireSuccess(response);
        }
        return new RemovedGroup(true, deleted, ended, providers);
    }

    /** Another organization's member, or someone with a realm role of their own (an operator): not the group's to delete. */
    private boolean keepsAccount(String userId, String organizationId) {
        boolean elsewhere = realm.organizations().members().getOrganizations(userId, true).stream()
                .anyMatch(other -> !other.getId().equals(organizationId));
        List<RoleRepresentation> roles = realm.users().get(userId).roles().realmLevel().listAll();
        boolean ownRole = roles.stream().anyMatch(role -> !role.getName().startsWith("default-roles-"));
        return elsewhere || ownRole;
    }

    private static void endMembership(OrganizationResource organization, String userId) {
        try (Response response = organization.members().member(userId).delete()) {
            KeycloakResponses.requireSuccess(response);
        }
    }

    /** A 404 is fine: Keycloak removes a managed member's account with the membership itself. */
    private void deleteAccount(String userId) {
        try (Response response = realm.users().delete(userId)) {
            if (response.getStatus() != Response.Status.NOT_FOUND.getStatusCode()) {
                KeycloakResponses.requireSuccess(response);
            }
        }
    }
}
