package be.taakwijzer.admin.groups;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.admin.security.OperatorRoles;
import be.taakwijzer.shared.InvalidInputException;

/** One school group as the operator sees it on its page. Operators only. */
@Service
@PreAuthorize(OperatorRoles.OPERATOR)
public class SchoolGroupService {

    private final SchoolGroupRepository repository;

    SchoolGroupService(SchoolGroupRepository repository) {
        this.repository = repository;
    }

    /** The group, or {@code groups.error.unknown} when it does not exist (any more). */
    @Transactional(readOnly = true)
    public GroupDetails group(UUID tenantId) {
        return repository.group(tenantId).orElseThrow(() -> new InvalidInputException("groups.error.unknown"));
    }
}
