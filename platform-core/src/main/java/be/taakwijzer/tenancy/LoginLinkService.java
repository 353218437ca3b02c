package be.taakwijzer.tenancy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.audit.AuditAction;
import be.taakwijzer.audit.AuditTrail;
import be.taakwijzer.tenancy.LoginResult.Refusal;

/**
 * Turns a login into a person of Taakwijzer. A school group registers its people by e-mail; the first
 * login with that verified e-mail links the account (issuer and subject) for good. A login without a
 * verified e-mail, without a registration, or of a registration linked to another account gets nothing.
 */
@Service
public class LoginLinkService {

    private static final String ENTITY = "staff_member";
    private static final Logger LOG = LoggerFactory.getLogger(LoginLinkService.class);
    private final StaffRepository staff;
    private final SchoolRepository schools;
    private final AuditTrail audit;

    LoginLinkService(StaffRepository staff, SchoolRepository schools, AuditTrail audit) {
        this.staff = staff;
        this.schools = schools;
        this.audit = audit;
    }

    @Transactional
    public LoginResult link(String issuer, String subject, String email, boolean emailVerified) {
        return link(issuer, subject, email, emailVerified, null);
    }

    /**
     * As {@link #link(String, String, String, boolean)}, for providers that also name the person's
     * organisation (ACM/IDM's {@code vo_orgcode}: the instellingsnummer of a school or board). The
     * e-mail address finds the registration; the organisation code, when given, must be the
     * registration's school (for a director) or board (for group staff), or the login is refused.
     */
    @Transactional
    public LoginResult link(String issuer, String subject, String email, boolean emailVerified, String organisationCode) {
        if (email == null || email.isBlank() || !emailVerified) {
            return LoginResult.refused(Refusal.EMAIL_NOT_VERIFIED);
        }
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        Optional<StaffMember> found = staff.findForLoginAndEnterItsTenant(normalised);
        if (found.isEmpty()) {
            return LoginResult.refused(Refusal.NOT_REGISTERED);
        }
        StaffMember member = found.get();
        if (organisationCode != null && !organisationCode.isBlank() && !organisationOf(member).map(organisationCode.strip()::equals).orElse(true)) {
            LOG.warn("Login of {} refused: the provider names organisation {}", normalised, organisationCode);
            return LoginResult.refused(Refusal.ORGANISATION_MISMATCH);
        }
        if (member.linkedTo(issuer, subject)) {
            return linked(member);
        }
        try {
            if (!member.linked()) {
                if (!staff.link(member.tenantId(), member.id(), issuer, subject)) {
                    return LoginResult.refused(Refusal.LINKED_TO_ANOTHER_ACCOUNT);
                }
                audit.record(member.tenantId(), normalised, ENTITY, member.id(), AuditAction.LINKED, null, login(issuer, subject));
            } else if (member.issuer().equals(issuer)) {
                // The same provider vouches for the same verified address under a new subject (its account
                // was recreated, e.g. a broker's user store was reset): the address is what we registered.
                if (!staff.relink(member.tenantId(), member.id(), issuer, member.subject(), subject)) {
                    return LoginResult.refused(Refusal.LINKED_TO_ANOTHER_ACCOUNT);
                }
                audit.record(member.tenantId(), normalised, ENTITY, member.id(), AuditAction.LINKED,
                        login(member.issuer(), member.subject()), login(issuer, subject));
            } else {
                LOG.warn("Login of {} refused: the registration is linked to an account of another provider", normalised);
                return LoginResult.refused(Refusal.LINKED_TO_ANOTHER_ACCOUNT);
            }
        } catch (DuplicateKeyException alreadyLinkedElsewhere) {
            LOG.warn("Login of {} refused: the account is linked to another registration", normalised);
            return LoginResult.refused(Refusal.LINKED_TO_ANOTHER_ACCOUNT);
        }
        return linked(member);
    }

    /** The instellingsnummer that identifies the registration's organisation, when Taakwijzer knows it. */
    private Optional<String> organisationOf(StaffMember member) {
        if (member.role() == StaffRole.SCHOOL_DIRECTOR) {
            return schools.find(member.schoolId()).map(school -> school.instellingsnummer().value());
        }
        return schools.currentGroup().map(SchoolGroup::instellingsnummer);
    }

    private static LoginResult linked(StaffMember member) {
        return LoginResult.linked(new LoginLink(member.tenantId(), member.id(), member.displayName(), member.role(), member.schoolId()));
    }

    private static Map<String, Object> login(String issuer, String subject) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("issuer", issuer);
        values.put("subject", subject);
        return values;
    }
}
