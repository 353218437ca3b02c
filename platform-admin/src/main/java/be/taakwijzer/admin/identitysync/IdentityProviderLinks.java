package be.taakwijzer.admin.identitysync;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.admin.groups.GroupDetails;
import be.taakwijzer.admin.groups.SchoolGroupService;
import be.taakwijzer.admin.provisioning.IdentityProvisioning;
import be.taakwijzer.admin.provisioning.IdentityProvisioningException;
import be.taakwijzer.admin.provisioning.ProvisioningFailure;
import be.taakwijzer.admin.provisioning.ProvisioningOutcome;
import be.taakwijzer.admin.security.OperatorRoles;
import be.taakwijzer.audit.AuditAction;
import be.taakwijzer.audit.AuditTrail;
import be.taakwijzer.shared.InvalidInputException;

/**
 * Which identity providers (a school group's own login, made in Keycloak) lead into the group's organization.
 * The providers themselves are made in Keycloak; the console links and unlinks them, audited in the group's trail.
 */
@Service
public class IdentityProviderLinks {

    /** Keycloak's aliases: letters, digits and a few separators. */
    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final String ENTITY = "identity_provider";

    private final SchoolGroupService groups;
    private final IdentityProvisioning provisioning;
    private final AuditTrail audit;

    IdentityProviderLinks(SchoolGroupService groups, IdentityProvisioning provisioning, AuditTrail audit) {
        this.groups = groups;
        this.provisioning = provisioning;
        this.audit = audit;
    }

    @PreAuthorize(OperatorRoles.OPERATOR)
    public Set<String> linked(UUID tenantId) {
        return provisioning.identityProviders(numberOf(groups.group(tenantId)));
    }

    @PreAuthorize(OperatorRoles.OPERATOR)
    @Transactional
    public void link(UUID tenantId, String alias, String actor) {
        String valid = valid(alias);
        GroupDetails group = groups.group(tenantId);
        if (provisioning.linkIdentityProvider(numberOf(group), group.name(), valid) != ProvisioningOutcome.UNCHANGED) {
            audit.record(tenantId, actor, ENTITY, tenantId, AuditAction.LINKED, null, Map.of("alias", valid));
        }
    }

    @PreAuthorize(OperatorRoles.OPERATOR)
    @Transactional
    public void unlink(UUID tenantId, String alias, String actor) {
        String valid = valid(alias);
        if (provisioning.unlinkIdentityProvider(numberOf(groups.group(tenantId)), valid) != ProvisioningOutcome.UNCHANGED) {
            audit.record(tenantId, actor, ENTITY, tenantId, AuditAction.DELETED, Map.of("alias", valid), null);
        }
    }

    private static String valid(String alias) {
        String stripped = alias == null ? "" : alias.strip();
        if (!ALIAS.matcher(stripped).matches()) {
            throw new InvalidInputException("identityproviders.error.alias");
        }
        return stripped;
    }

    private static String numberOf(GroupDetails group) {
        if (group.instellingsnummer() == null) {
            throw new IdentityProvisioningException(ProvisioningFailure.GROUP_WITHOUT_INSTELLINGSNUMMER,
                    "School group " + group.tenantId() + " has no instellingsnummer", group.name());
        }
        return group.instellingsnummer();
    }
}
