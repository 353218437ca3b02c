package be.taakwijzer.purchasing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The warnings of the purchasing workspace, from the contracts and requests at hand: a pure function. */
public final class PurchasingWarnings {

    /** A contract that ends within this many days warns. */
    public static final int ENDING_WITHIN_DAYS = 90;
    /** An ended contract keeps warning this long, then the list forgets it. */
    public static final int ENDED_SHOWN_DAYS = 365;

    private PurchasingWarnings() {
    }

    public static List<PurchasingWarning> of(LocalDate today, List<Contract> contracts, List<PurchaseRequest> requests) {
        List<PurchasingWarning> warnings = new ArrayList<>();
        contracts.stream().sorted(Comparator.comparing(Contract::endDate)).forEach(contract -> {
            long days = contract.daysLeft(today);
            if (days < 0 && -days <= ENDED_SHOWN_DAYS) {
                warnings.add(new PurchasingWarning(PurchasingWarning.Kind.CONTRACT_ENDED, contract.id(), null, null, -days));
            } else if (days >= 0 && days <= ENDING_WITHIN_DAYS) {
                warnings.add(new PurchasingWarning(PurchasingWarning.Kind.CONTRACT_ENDING, contract.id(), null, null, days));
            }
        });
        for (PurchaseRequest request : requests) {
            if (request.contractId() != null || request.status() == RequestStatus.REFUSED) {
                continue;
            }
            activeContractFor(today, contracts, request.category()).ifPresent(contract -> warnings.add(new PurchasingWarning(
                    PurchasingWarning.Kind.OUTSIDE_CONTRACT, contract.id(), request.id(), request.schoolId(), 0)));
        }
        return List.copyOf(warnings);
    }

    /** The group's contract that runs today in the category (the one that runs longest, if several). */
    public static Optional<Contract> activeContractFor(LocalDate today, List<Contract> contracts, PurchaseCategory category) {
        return contracts.stream().filter(c -> c.category() == category && c.activeOn(today))
                .max(Comparator.comparing(Contract::endDate));
    }
}
