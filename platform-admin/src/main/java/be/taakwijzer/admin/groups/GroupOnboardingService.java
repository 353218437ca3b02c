package be.taakwijzer.admin.groups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.admin.security.OperatorRoles;
import be.taakwijzer.audit.AuditAction;
import be.taakwijzer.audit.AuditTrail;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.tenancy.EmailDomain;
import be.taakwijzer.tenancy.Instellingsnummer;

/**
 * Brings umbrellas and school groups on board by hand: a group with its instellingsnummer and umbrella,
 * and its first ICT staff member, who can then log in to platform-web and register the others.
 * Refused input names its field's problem (Dutch and English); nothing is half-saved.
 */
@Service
public class GroupOnboardingService {

    private static final Pattern UMBRELLA_CODE = Pattern.compile("[A-Z0-9_-]{2,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final GroupOnboardingRepository repository;
    private final AuditTrail audit;

    GroupOnboardingService(GroupOnboardingRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @PreAuthorize(OperatorRoles.OPERATOR)
    @Transactional(readOnly = true)
    public List<Umbrella> umbrellas() {
        return repository.umbrellas();
    }

    @PreAuthorize(OperatorRoles.OPERATOR)
    @Transactional
    public UUID addUmbrella(String code, String name) {
        String cleanCode = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!UMBRELLA_CODE.matcher(cleanCode).matches()) {
            throw new InvalidInputException("onboarding.error.umbrella-code");
        }
        if (repository.umbrellaCodeTaken(cleanCode)) {
            throw new InvalidInputException("onboarding.error.umbrella-code-taken", cleanCode);
        }
        return repository.insertUmbrella(cleanCode, requiredName(name));
    }

    /** The new group's tenant id; the group and its first ICT staff member are saved together or not at all. */
    @PreAuthorize(OperatorRoles.OPERATOR)
    @Transactional
    public UUID addGroup(NewSchoolGroup group, String actor) {
        String name = requiredName(group.name());
        Instellingsnummer nummer = parseNumber(group.instellingsnummer());
        if (repository.groupNumberTaken(nummer.value())) {
            throw new InvalidInputException("onboarding.error.group-number-taken", nummer.value());
        }
        String email = group.firstIctEmail() == null ? "" : group.firstIctEmail().strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("onboarding.error.email");
        }
        if (repository.emailTaken(email)) {
            throw new InvalidInputException("onboarding.error.email-taken", email);
        }
        String staffName = group.firstIctName() == null || group.firstIctName().isBlank() ? email : group.firstIctName().strip();
        UUID tenantId = UUID.randomUUID();
        // the group's logins are routed by the domain of its first ICT address, as its organization in Keycloak gets it
        String emailDomain = EmailDomain.ofAddress(email).map(EmailDomain::value).orElse(null);
        repository.insertGroup(tenantId, name, nummer.value(), group.umbrellaId(), emailDomain);
        UUID staffId = repository.insertIctStaff(tenantId, email, staffName);
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("name", name);
        created.put("instellingsnummer", nummer.value());
        created.put("umbrella", group.umbrellaId() == null ? null : group.umbrellaId().toString());
        created.put("email_domain", emailDomain);
        audit.record(tenantId, actor, "school_group", tenantId, AuditAction.CREATED, null, created);
        audit.record(tenantId, actor, "staff_member", staffId, AuditAction.CREATED, null,
                Map.of("email", email, "display_name", staffName, "role", "GROUP_ICT_STAFF"));
        return tenantId;
    }

    private static String requiredName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new InvalidInputException("onboarding.error.name");
        }
        return name.strip();
    }

    private static Instellingsnummer parseNumber(String value) {
        try {
            return Instellingsnummer.parse(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("onboarding.error.instellingsnummer");
        }
    }
}
