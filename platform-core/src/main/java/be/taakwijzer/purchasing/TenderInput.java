package be.taakwijzer.purchasing;

import java.util.List;

/** A tender as a person enters it: subject, category and the weighted criteria in their order. */
public record TenderInput(String subject, PurchaseCategory category, List<CriterionInput> criteria) {

    public TenderInput {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
