package be.taakwijzer.purchasing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record ContractInput(String title, UUID supplierId, PurchaseCategory category, Procurement procurement,
                            LocalDate startDate, LocalDate endDate, String note, List<ContractDocument> documents) {

    public ContractInput {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
