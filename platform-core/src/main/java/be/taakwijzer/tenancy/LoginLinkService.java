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
 * Turns a login into a person of Taakwijzer. A school group registers its people by e-mail (the
 * operator registers umbrella advisers); the first login with that verified e-mail links the account
 * (issuer and subject). A login without a verified e-mail, without a registration, of a registration
 * linked to another provider's account, or naming another organisation gets nothing, with the reason.
 */
@Service
public class LoginLinkService {

    private static final String ENTITY = "staff_member";
    private static final Logger LOG = LoggerFactory.getLogger(LoginLinkService.class);
    private final StaffRepository staff;
    private final UmbrellaAdviserRepository advisers;
    private final SchoolRepository schools;
    private final AuditTrail audit;

    LoginLinkService(StaffRepository staff, UmbrellaAdviserRepository advisers, SchoolRepository schools, AuditTrail audit) {
        this.staff = staff;
        this.advisers = advisers;
        this.schools = schools;
        this.audit = audit;
    }

    @Transactional
    public LoginResult link(String issuer, String subject, String email, boolean emailVerified) {
        return link(issuer, subject, email, emailVerified, null);
    }

    /**
     * As {@link #link(String, String, String, boolean)}, for providers that also name the person's
     * organisation (ACM/IDM's {@code vo_orgcode}: the instellingsnummer of a school or board, or the
     * umbrella's code). The e-mail address finds the registration; the organisation code, when given,
     * must be the registration's school (director), board (group staff) or umbrella (adviser).
     */
    @Transactional
    public LoginResult link(String issuer, String subject, String email, boolean emailVerified, String organisationCode) {
        if (email == null || email.isBlank() || !emailVerified) {
            return LoginResult.refused(Refusal.EMAIL_NOT_VERIFIED);
        }
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        Optional<Registration> found = staff.findForLoginAndEnterItsTenant(normalised).map(this::registration)
                .or(() -> advisers.findForLogin(normalised).map(this::registration));
        if (found.isEmpty()) {
            return LoginResult.refused(Refusal.NOT_REGISTERED);
        }
        Registration registration = found.get();
        if (organisationCode != null && !organisationCode.isBlank()
                && !registration.organisationCode().map(organisationCode.strip()::equals).orElse(true)) {
            LOG.warn("Login of {} refused: the provider names organisation {}", normalised, organisationCode);
            return LoginResult.refused(Refusal.ORGANISATION_MISMATCH);
        }
        if (issuer.equals(registration.issuer()) && subject.equals(registration.subject())) {
            return LoginResult.linked(registration.link());
        }
        // A first login links; the same provider vouching for the same verified address under a new
        // subject (its account was recreated, e.g. a broker's user store was reset) moves the link.
        if (registration.issuer() != null && !registration.issuer().equals(issuer)) {
            LOG.warn("Login of {} refused: the registration is linked to an account of another provider", normalised);
            return LoginResult.refused(Refusal.LINKED_TO_ANOTHER_ACCOUNT);
        }
        try {
            if (!registration.linker().link(issuer, subject)) {
                return LoginResult.refused(Refusal.LINKED_TO_ANOTHER_ACCOUNT);
            }
        } catch (DuplicateKeyException alreadyLinkedElsewhere) {
            LOG.warn("Login of {} refused: the account is linked to another registration", normalised);
            return LoginResult.refused(Refusal.LINKED_TO_ANOTHER_ACCOUNT);
        }
        registration.linker().audit(normalised, registration.issuer() == null ? null : login(registration.issuer(), registration.subject()),
                login(issuer, subject));
        return LoginResult.linked(registration.link());
    }

    private Registration registration(StaffMember member) {
        Linker linker = new Linker() {
            @Override
            public boolean link(String issuer, String subject) {
                return member.linked()
                        ? staff.relink(member.tenantId(), member.id(), issuer, member.subject(), subject)
                        : staff.link(member.tenantId(), member.id(), issuer, subject);
            }

            @Override
            public void audit(String actor, Map<String, Object> before, Map<String, Object> after) {
                LoginLinkService.this.audit.record(member.tenantId(), actor, ENTITY, member.id(), AuditAction.LINKED, before, after);
            }
        };
        Optional<String> organisation = member.role() == StaffRole.SCHOOL_DIRECTOR
                ? schools.find(member.schoolId()).map(school -> school.instellingsnummer().value())
                : schools.currentGroup().map(SchoolGroup::instellingsnummer);
        return new Registration(member.issuer(), member.subject(), organisation, linker,
                LoginLink.ofStaff(member.tenantId(), member.id(), member.displayName(), member.role(), member.schoolId()));
    }

    private Registration registration(UmbrellaAdviser adviser) {
        Linker linker = new Linker() {
            @Override
            public boolean link(String issuer, String subject) {
                return advisers.link(adviser, issuer, subject);
            }

            @Override
            public void audit(String actor, Map<String, Object> before, Map<String, Object> after) {
                // Advisers are no tenant data: the audit trail is per school group. Their link is logged.
                LOG.info("Umbrella adviser {} linked: {} -> {}", actor, before, after);
            }
        };
        return new Registration(adviser.issuer(), adviser.subject(), Optional.of(adviser.umbrellaCode()), linker,
                new LoginLink(null, adviser.id(), adviser.displayName(), StaffRole.UMBRELLA_ADVISER, null, adviser.umbrellaId()));
    }

    private static Map<String, Object> login(String issuer, String subject) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("issuer", issuer);
        values.put("subject", subject);
        return values;
    }

    /** A registration a login can be linked to, whoever keeps it. */
    private record Registration(String issuer, String subject, Optional<String> organisationCode, Linker linker, LoginLink link) {
    }

    /** Writes a login into a registration and records that. */
    private interface Linker {
        boolean link(String issuer, String subject);

        void audit(String actor, Map<String, Object> before, Map<String, Object> after);
    }
}
