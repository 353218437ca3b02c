package be.taakwijzer.tenancy;

import java.util.List;
import java.util.Optional;

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

    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional(readOnly = true)
    public List<School> memberSchools() {
        return schools.findAll();
    }
}
