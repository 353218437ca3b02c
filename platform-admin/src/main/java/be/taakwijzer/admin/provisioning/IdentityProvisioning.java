package be.taakwijzer.admin.provisioning;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import be.taakwijzer.admin.security.OperatorRoles;

/**
 * What Keycloak must hold for a school group: its organization (name, e-mail domains, linked identity
 * providers) and the account of its first ICT staff member. Every method is idempotent — called again
 * with the same input it changes nothing and answers {@link ProvisioningOutcome#UNCHANGED} — and runs
 * with an admin token of its own. Failures the operator can act on are
 * {@link IdentityProvisioningException}s. Operators only.
 */
@Service
@PreAuthorize(OperatorRoles.OPERATOR)
public class IdentityProvisioning {

    private static final Logger log = LoggerFactory.getLogger(IdentityProvisioning.class);

    private final KeycloakAdmin admin;
    private final KeycloakSettings settings;

    public IdentityProvisioning(KeycloakAdmin admin, KeycloakSettings settings) {
        this.admin = admin;
        this.settings = settings;
    }

    /**
     * Creates the group's organization, or brings an existing one (found by instellingsnummer) to
     * exactly the given name, domains and identity-provider links.
     */
    public ProvisionedGroup ensureGroup(GroupIdentity group) {
        ProvisionedGroup result = admin.inRealm(realm -> {
            GroupOrganizations organizations = new GroupOrganizations(realm);
            Optional<OrganizationRepresentation> existing = organizations.find(group.instellingsnummer());
            if (existing.isEmpty()) {
                String id = organizations.create(group);
                organizations.syncIdentityProviders(id, group.identityProviderAliases());
                return new ProvisionedGroup(id, group.alias(), ProvisioningOutcome.CREATED);
            }
            String id = existing.get().getId();
            ProvisioningOutcome outcome = organizations.rename(id, group.name())
                    .and(organizations.syncDomains(id, group.emailDomains()))
                    .and(organizations.syncIdentityProviders(id, group.identityProviderAliases()));
            return new ProvisionedGroup(id, existing.get().getAlias(), outcome);
        });
        log.info("Organization {} ({}) for instellingsnummer {}: {}", result.alias(), result.organizationId(),
                group.instellingsnummer(), result.outcome());
        return result;
    }

    /**
     * Makes sure the person has an account and is a member of the organization. A new account gets an
     * invitation e-mail to choose a password when the realm can send e-mail, otherwise a temporary
     * password that is in the answer once. An existing account is left as it is (no new password).
     */
    public ProvisionedAccount ensureFirstIctAccount(String organizationId, FirstAccount account) {
        ProvisionedAccount result = admin.inRealm(realm -> {
            GroupOrganizations organizations = new GroupOrganizations(realm);
            organizations.existing(organizationId);
            KeycloakUsers users = new KeycloakUsers(realm);
            Optional<String> existing = users.findId(account.email());
            if (existing.isPresent()) {
                return new ProvisionedAccount(existing.get(), organizations.ensureMember(organizationId, existing.get()),
                        Optional.empty(), false);
            }
            String userId = users.create(account);
            try {
                ProvisionedAccount created = withFirstLogin(users, userId);
                organizations.ensureMember(organizationId, userId);
                return created;
            } catch (RuntimeException failed) {
                // An account left behind without password would make the next try answer "existing"
                // without one; removing it lets the operator simply try again.
                removeQuietly(users, userId, failed);
                throw failed;
            }
        });
        log.info("First ICT account {} in organization {}: {}", result.userId(), organizationId, result);
        return result;
    }

    /**
     * The group's organization for the identity sync (ADR 0013): created, without domains, when Keycloak has
     * none with this instellingsnummer; an existing one takes the name. Unlike {@link #ensureGroup} it keeps
     * the organization's domains and identity-provider links, which may come from onboarding or Keycloak's
     * own console: the sync adds and removes only what the database names.
     */
    public ProvisionedGroup ensureOrganization(String instellingsnummer, String name) {
        GroupIdentity group = new GroupIdentity(instellingsnummer, name, Set.of(), Set.of());
        ProvisionedGroup result = admin.inRealm(realm -> {
            GroupOrganizations organizations = new GroupOrganizations(realm);
            Optional<OrganizationRepresentation> existing = organizations.find(group.instellingsnummer());
            if (existing.isEmpty()) {
                return new ProvisionedGroup(organizations.create(group), group.alias(), ProvisioningOutcome.CREATED);
            }
            String id = existing.get().getId();
            return new ProvisionedGroup(id, existing.get().getAlias(), organizations.rename(id, group.name()));
        });
        log.info("Organization {} ({}) for instellingsnummer {}: {}", result.alias(), result.organizationId(), instellingsnummer,
                result.outcome());
        return result;
    }

    /** The identity providers linked to the organization of this instellingsnummer; empty when there is none yet. */
    public Set<String> identityProviders(String instellingsnummer) {
        return admin.inRealm(realm -> {
            GroupOrganizations organizations = new GroupOrganizations(realm);
            return organizations.find(instellingsnummer).map(found -> organizations.identityProviderAliases(found.getId()))
                    .orElseGet(TreeSet::new);
        });
    }

    /**
     * Links an identity provider of the realm (a school group's own login, made in Keycloak) to the group's
     * organization, creating the organization if it is missing; its other links stay. Refused for a provider
     * the realm does not have or that belongs to another organization.
     */
    public ProvisioningOutcome linkIdentityProvider(String instellingsnummer, String name, String alias) {
        String organizationId = ensureOrganization(instellingsnummer, name).organizationId();
        return logged("identity provider linked " + alias, organizationId, admin.inRealm(realm -> {
            GroupOrganizations organizations = new GroupOrganizations(realm);
            Set<String> wanted = organizations.identityProviderAliases(organizationId);
            wanted.add(alias);
            return organizations.syncIdentityProviders(organizationId, wanted);
        }));
    }

    /** Unlinks an identity provider from the group's organization; the provider itself stays in the realm. */
    public ProvisioningOutcome unlinkIdentityProvider(String instellingsnummer, String alias) {
        return admin.inRealm(realm -> {
            GroupOrganizations organizations = new GroupOrganizations(realm);
            return organizations.find(instellingsnummer).map(found -> {
                Set<String> wanted = organizations.identityProviderAliases(found.getId());
                return wanted.remove(alias)
                        ? logged("identity provider unlinked " + alias, found.getId(), organizations.syncIdentityProviders(found.getId(), wanted))
                        : ProvisioningOutcome.UNCHANGED;
            }).orElse(ProvisioningOutcome.UNCHANGED);
        });
    }

    /** Adds the domains the organization lacks; its other domains stay. */
    public ProvisioningOutcome addDomains(String organizationId, Set<String> domains) {
        Set<String> normalized = EmailDomains.normalizeAll(domains);
        return logged("domains added " + normalized, organizationId,
                admin.inRealm(realm -> new GroupOrganizations(realm).addDomains(organizationId, normalized)));
    }

    /** Removes one e-mail domain; the organization's other domains stay. */
    public ProvisioningOutcome removeDomain(String organizationId, String domain) {
        String normalized = EmailDomains.normalize(domain);
        return logged("domain removed " + normalized, organizationId,
                admin.inRealm(realm -> new GroupOrganizations(realm).removeDomain(organizationId, normalized)));
    }

    /**
     * Makes sure a registered staff member has an account and is a member of the organization, without any
     * secret passing through Taakwijzer: a new account gets no password. When the organization has no
     * identity provider of its own and the realm can send e-mail, Keycloak invites the person to choose
     * one; with an identity provider, the person's first login through it links to the account by e-mail.
     * An existing account is left as it is.
     */
    public ProvisionedAccount ensureStaffAccount(String organizationId, FirstAccount person) {
        ProvisionedAccount result = admin.inRealm(realm -> {
            GroupOrganizations organizations = new GroupOrganizations(realm);
            OrganizationResource organization = organizations.existing(organizationId);
            KeycloakUsers users = new KeycloakUsers(realm);
            Optional<String> existing = users.findId(person.email());
            if (existing.isPresent()) {
                return new ProvisionedAccount(existing.get(), organizations.ensureMember(organizationId, existing.get()),
                        Optional.empty(), false);
            }
            String userId = users.createWithoutPassword(person);
            try {
                boolean invite = organization.identityProviders().getIdentityProviders().isEmpty() && users.realmSendsEmail();
                if (invite) {
                    users.sendPasswordInvitation(userId, settings);
                }
                organizations.ensureMember(organizationId, userId);
                return new ProvisionedAccount(userId, ProvisioningOutcome.CREATED, Optional.empty(), invite);
            } catch (RuntimeException failed) {
                // as for the first account: nothing half made, so that the next try starts afresh
                removeQuietly(users, userId, failed);
                throw failed;
            }
        });
        log.info("Staff account {} in organization {}: {}", result.userId(), organizationId, result);
        return result;
    }

    /**
     * Removes an off-boarded group from Keycloak: the accounts of its organization's members (unless an
     * account also belongs to another organization or holds a realm role: then only the membership ends),
     * its own identity providers and the organization itself. Called again, it goes on where a failure
     * stopped it, and once all is gone it finds nothing and changes nothing.
     */
    public RemovedGroup removeGroup(String instellingsnummer) {
        RemovedGroup result = admin.inRealm(realm -> new GroupOrganizations(realm).find(instellingsnummer)
                .map(organization -> new OrganizationRemoval(realm).remove(organization))
                .orElse(RemovedGroup.NOTHING_FOUND));
        log.info("Organization of off-boarded instellingsnummer {} removed: {}", instellingsnummer, result);
        return result;
    }

    /** Adds one e-mail domain; the organization's other domains stay. */
    public ProvisioningOutcome addDomain(String organizationId, String domain) {
        String normalized = EmailDomains.normalize(domain);
        return logged("domain " + normalized, organizationId,
                admin.inRealm(realm -> new GroupOrganizations(realm).addDomain(organizationId, normalized)));
    }

    /** Makes the organization's domains exactly these. */
    public ProvisioningOutcome syncDomains(String organizationId, Set<String> domains) {
        Set<String> normalized = EmailDomains.normalizeAll(domains);
        return logged("domains " + normalized, organizationId,
                admin.inRealm(realm -> new GroupOrganizations(realm).syncDomains(organizationId, normalized)));
    }

    /** Makes the person with this e-mail address (who already has an account) a member of the organization. */
    public ProvisioningOutcome addMember(String organizationId, String email) {
        return logged("member", organizationId, admin.inRealm(realm -> new GroupOrganizations(realm)
                .ensureMember(organizationId, requireUser(realm, email))));
    }

    /** Ends the person's membership; the account stays (it may belong to other groups, or come back). */
    public ProvisioningOutcome removeMember(String organizationId, String email) {
        return logged("membership removed", organizationId, admin.inRealm(realm -> {
            GroupOrganizations organizations = new GroupOrganizations(realm);
            organizations.existing(organizationId);
            return new KeycloakUsers(realm).findId(normalizedEmail(email))
                    .map(userId -> organizations.removeMember(organizationId, userId))
                    .orElse(ProvisioningOutcome.UNCHANGED);
        }));
    }

    private ProvisionedAccount withFirstLogin(KeycloakUsers users, String userId) {
        if (users.realmSendsEmail()) {
            users.sendPasswordInvitation(userId, settings);
            return new ProvisionedAccount(userId, ProvisioningOutcome.CREATED, Optional.empty(), true);
        }
        String password = TemporaryPasswords.generate();
        users.setTemporaryPassword(userId, password);
        return new ProvisionedAccount(userId, ProvisioningOutcome.CREATED, Optional.of(password), false);
    }

    private static void removeQuietly(KeycloakUsers users, String userId, RuntimeException failed) {
        try {
            users.remove(userId);
        } catch (RuntimeException alsoFailed) {
            failed.addSuppressed(alsoFailed);
        }
    }

    private static String requireUser(RealmResource realm, String email) {
        String normalized = normalizedEmail(email);
        return new KeycloakUsers(realm).findId(normalized).orElseThrow(() -> new IdentityProvisioningException(
                ProvisioningFailure.PERSON_UNKNOWN, "No Keycloak account with e-mail " + normalized, normalized));
    }

    private static String normalizedEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static ProvisioningOutcome logged(String what, String organizationId, ProvisioningOutcome outcome) {
        log.info("Organization {}, {}: {}", organizationId, what, outcome);
        return outcome;
    }
}
