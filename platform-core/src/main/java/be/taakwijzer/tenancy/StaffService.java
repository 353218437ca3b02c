package be.taakwijzer.tenancy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.audit.AuditAction;
import be.taakwijzer.audit.AuditTrail;
import be.taakwijzer.identitysync.IdentitySyncRequests;
import be.taakwijzer.shared.InvalidInputException;

/**
 * The people of the current school group who may log in. Group ICT staff register them by e-mail;
 * their first login links the account. Every registration, new address and removal also asks, in the
 * same transaction, for the person's membership of the group's organization in Keycloak to follow
 * (ADR 0013): platform-web holds no Keycloak credential, platform-admin processes the request.
 */
@Service
public class StaffService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private final StaffRepository staff;
    private final SchoolRepository schools;
    private final AuditTrail audit;
    private final IdentitySyncRequests identitySync;

    StaffService(StaffRepository staff, SchoolRepository schools, AuditTrail audit, IdentitySyncRequests identitySync) {
        this.staff = staff;
        this.schools = schools;
        this.audit = audit;
        this.identitySync = identitySync;
    }

    @PreAuthorize(Roles.GROUP_ICT_STAFF)
    @Transactional(readOnly = true)
    public List<StaffMember> members() {
        return staff.findAll();
    }

    @PreAuthorize(Roles.GROUP_ICT_STAFF)
    @Transactional
    public StaffMember register(NewStaffMember input, String actor) {
        NewStaffMember valid = validated(input);
        UUID tenant = schools.currentGroup().map(SchoolGroup::tenantId)
                .orElseThrow(() -> new InvalidInputException("staff.error.no-group"));
        StaffMember created;
        try {
            created = staff.insert(tenant, valid.email(), valid.displayName(), valid.role(), valid.schoolId());
        } catch (DuplicateKeyException taken) {
            throw new InvalidInputException("staff.error.duplicate", valid.email());
        }
        audit.record(tenant, actor, "staff_member", created.id(), AuditAction.CREATED, null, values(created));
        identitySync.member(tenant, created.email(), created.id());
        return created;
    }

    /**
     * Changes a registration read at {@code original}'s version. A new e-mail address clears the
     * login link: the account linked to the old address is not the new address's.
     */
    @PreAuthorize(Roles.GROUP_ICT_STAFF)
    @Transactional
    public StaffMember change(StaffMember original, NewStaffMember input, String actor) {
        NewStaffMember valid = validated(input);
        StaffMember current = current(original);
        boolean newAddress = !current.email().equals(valid.email());
        StaffMember changed;
        try {
            changed = staff.update(current.id(), original.version(), valid.email(), valid.displayName(), valid.role(),
                    valid.schoolId(), newAddress).orElseThrow(() -> new InvalidInputException("staff.error.changed"));
        } catch (DuplicateKeyException taken) {
            throw new InvalidInputException("staff.error.duplicate", valid.email());
        }
        audit.record(current.tenantId(), actor, "staff_member", current.id(), AuditAction.CHANGED, values(current), values(changed));
        if (newAddress) {
            // the old address leaves the organization, the new one joins it
            identitySync.member(current.tenantId(), current.email(), current.id());
            identitySync.member(current.tenantId(), changed.email(), current.id());
        }
        return changed;
    }

    /** Normalised input (trimmed, lower-case address, no school unless a director), or the first problem. */
    private NewStaffMember validated(NewStaffMember input) {
        String email = input.email() == null ? "" : input.email().strip().toLowerCase(Locale.ROOT);
        String name = input.displayName() == null ? "" : input.displayName().strip();
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("staff.error.email");
        }
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInputException("staff.error.name");
        }
        if (input.role() == null || !input.role().ofSchoolGroup()) {
            throw new InvalidInputException("staff.error.role");
        }
        boolean director = input.role() == StaffRole.SCHOOL_DIRECTOR;
        if (director && (input.schoolId() == null || schools.find(input.schoolId()).isEmpty())) {
            throw new InvalidInputException("staff.error.school");
        }
        return new NewStaffMember(email, name, input.role(), director ? input.schoolId() : null);
    }

    /**
     * Removes a registration; the person can no longer log in. Refused when someone changed it since
     * it was read, and for one's own registration (nobody locks themselves out).
     */
    @PreAuthorize(Roles.GROUP_ICT_STAFF)
    @Transactional
    public void remove(StaffMember member, String actor) {
        StaffMember current = current(member);
        if (current.email().equalsIgnoreCase(actor)) {
            throw new InvalidInputException("staff.error.own");
        }
        if (!staff.delete(current.id(), member.version())) {
            throw new InvalidInputException("staff.error.changed");
        }
        audit.record(current.tenantId(), actor, "staff_member", current.id(), AuditAction.DELETED, values(current), null);
        identitySync.member(current.tenantId(), current.email(), current.id());
    }

    /**
     * Forgets the account linked to a registration, so that the next login with the registered
     * address links again (e.g. after the person moved to another login provider).
     */
    @PreAuthorize(Roles.GROUP_ICT_STAFF)
    @Transactional
    public void unlink(StaffMember member, String actor) {
        StaffMember current = current(member);
        if (!staff.unlink(current.id(), member.version())) {
            throw new InvalidInputException("staff.error.changed");
        }
        Map<String, Object> before = values(current);
        before.put("issuer", current.issuer());
        before.put("subject", current.subject());
        Map<String, Object> after = values(current);
        after.put("issuer", null);
        after.put("subject", null);
        audit.record(current.tenantId(), actor, "staff_member", current.id(), AuditAction.CHANGED, before, after);
    }

    private StaffMember current(StaffMember member) {
        StaffMember current = staff.find(member.id()).orElseThrow(() -> new InvalidInputException("staff.error.changed"));
        if (current.version() != member.version()) {
            throw new InvalidInputException("staff.error.changed");
        }
        return current;
    }

    private static Map<String, Object> values(StaffMember member) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("email", member.email());
        values.put("displayName", member.displayName());
        values.put("role", member.role().name());
        values.put("schoolId", member.schoolId());
        return values;
    }
}
