package be.taakwijzer.purchasing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.tenancy.CurrentTenant;

/**
 * The warnings on top of the purchasing workspace: contracts that end within 90 days or ended, and
 * requests bought outside the group's active contract in their category. A director reads the
 * warnings of the contracts their school joined and of their school's own requests.
 */
@Service
public class PurchasingWarningService {

    private final ContractRepository contracts;
    private final PurchaseRequestRepository requests;
    private final Clock clock;

    PurchasingWarningService(ContractRepository contracts, PurchaseRequestRepository requests, Clock clock) {
        this.contracts = contracts;
        this.requests = requests;
        this.clock = clock;
    }

    @PreAuthorize(PurchasingRoles.BUYERS)
    @Transactional(readOnly = true)
    public List<PurchasingWarning> warnings() {
        LocalDate today = LocalDate.now(clock);
        List<Contract> all = contracts.findAll();
        Optional<UUID> own = CurrentTenant.ownSchoolId();
        if (own.isEmpty()) {
            return PurchasingWarnings.of(today, all, requests.findAll());
        }
        UUID school = own.get();
        List<PurchasingWarning> contractWarnings = PurchasingWarnings.of(today, all.stream().filter(c -> c.joinedBy(school)).toList(), List.of());
        List<PurchasingWarning> requestWarnings = PurchasingWarnings.of(today, all, requests.findBySchool(school)).stream()
                .filter(w -> w.kind() == PurchasingWarning.Kind.OUTSIDE_CONTRACT).toList();
        return java.util.stream.Stream.concat(contractWarnings.stream(), requestWarnings.stream()).toList();
    }

    /** Today in Brussels, the day the warnings count from. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
