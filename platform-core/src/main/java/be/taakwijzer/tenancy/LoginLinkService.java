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

    private static final Logger LOG = LoggerFactory.getLogger(LoginLinkService.class);
    private final StaffRepository staff;
    private final AuditTrail audit;

    LoginLinkService(StaffRepository staff, AuditTrail audit) {
        this.staff = staff;
        this.audit = audit;
    }

    @Transactional
    public LoginResult link(String issuer, String subject, String email, boolean emailVerified) {
        if (email == null || email.isBlank() || !emailVerified) {
            return LoginResult.refused(Refusal.EMAIL_NOT_VERIFIED);
        }
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        Optional<StaffMember> found = staff.findForLoginAndEnterItsTenant(normalised);
        if (found.isEmpty()) {
            return LoginResult.refused(Refusal.NOT_REGISTERED);
        }
        StaffMember member = found.get();
        if (!member.linked()) {
            try {
                if (!staff.link(member.tenantId(), member.id(), issuer, subject)) {
                    return LoginResult.refused(Refusal.LINKED_TO_ANOTHER_ACCOUNT);
                }
            } catch (DuplicateKeyException alreadyLinkedElsewhere) {
                LOG.warn("Login of {} refused: the account is linked to another registration", normalised);
                return LoginResult.refused(Refusal.LINKED_TO_ANOTHER_ACCOUNT);
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("issuer", issuer);
            after.put("subject", subject);
            audit.record(member.tenantId(), normalised, "staff_member", member.id(), AuditAction.LINKED, null, after);
        } else if (!member.linkedTo(issuer, subject)) {
            LOG.warn("Login of {} refused: the registration is linked to another account", normalised);
            return LoginResult.refused(Refusal.LINKED_TO_ANOTHER_ACCOUNT);
        }
        return LoginResult.linked(new LoginLink(member.tenantId(), member.id(), member.displayName(), member.role(), member.schoolId()));
    }
}
