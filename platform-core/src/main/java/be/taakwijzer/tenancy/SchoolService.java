package be.taakwijzer.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current school group and its member schools, for the authenticated person's tenant only. */
@Service
public class SchoolService {

    private final SchoolRepository schools;

    SchoolService(SchoolRepository schools) {
        this.schools = schools;
    }

    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional(readOnly = true)
    public Optional<SchoolGroup> currentGroup() {
        return schools.currentGroup();
    }

    /** The group's schools; a director sees only their own. */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional(readOnly = true)
    public List<School> memberSchools() {
        List<School> all = schools.findAll();
        return CurrentTenant.ownSchoolId().map(own -> all.stream().filter(school -> school.id().equals(own)).toList()).orElse(all);
    }

    /**
     * One school of the own group. Empty when the group has no such school (another group's school is
     * invisible under row-level security); refused for a director asking for another school.
     */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional(readOnly = true)
    public Optional<School> school(UUID id) {
        Optional<UUID> own = CurrentTenant.ownSchoolId();
        if (own.isPresent() && !own.get().equals(id)) {
            throw new AccessDeniedException("A director sees only their own school");
        }
        return schools.find(id);
    }
}
