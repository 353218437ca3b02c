package be.taakwijzer.allocation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.audit.AuditEntry;
import be.taakwijzer.audit.AuditLogRepository;
import be.taakwijzer.tenancy.CurrentTenant;
import be.taakwijzer.tenancy.Roles;

/** The history of changes a school and its group may read. */
@Service
public class HistoryService {

    /** Enough for a screen; older history stays in the database. */
    public static final int LIMIT = 500;
    private final AuditLogRepository log;

    HistoryService(AuditLogRepository log) {
        this.log = log;
    }

    /** The changes to one school's plan; a director reads only their own school's. */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional(readOnly = true)
    public List<AuditEntry> schoolHistory(UUID schoolId) {
        Optional<UUID> own = CurrentTenant.ownSchoolId();
        if (own.isPresent() && !own.get().equals(schoolId)) {
            throw new AccessDeniedException("A director reads only their own school's history");
        }
        return log.forSchool(schoolId, LIMIT);
    }

    /** Every change in the group, for its ICT staff. */
    @PreAuthorize(Roles.GROUP_ICT_STAFF)
    @Transactional(readOnly = true)
    public List<AuditEntry> groupHistory() {
        return log.forGroup(LIMIT);
    }
}
