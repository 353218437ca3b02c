package be.taakwijzer.admin.tenants;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.shared.FlemishTime;
import be.taakwijzer.admin.security.OperatorRoles;
import be.taakwijzer.allocation.SchoolYear;

/** The school groups on the platform, with what tells an operator whether each is in use. */
@Service
public class TenantActivityService {

    private final TenantActivityRepository repository;
    private final Clock clock;

    TenantActivityService(TenantActivityRepository repository) {
        this.repository = repository;
        this.clock = Clock.system(FlemishTime.ZONE);
    }

    public SchoolYear currentYear() {
        return SchoolYear.of(LocalDate.now(clock));
    }

    /** The groups' names alone: choosing one need not compute every group's activity. */
    @PreAuthorize(OperatorRoles.OPERATOR)
    @Transactional(readOnly = true)
    public List<GroupName> names() {
        return repository.names();
    }

    @PreAuthorize(OperatorRoles.OPERATOR)
    @Transactional(readOnly = true)
    public List<TenantActivity> tenants() {
        return repository.all(currentYear());
    }
}
