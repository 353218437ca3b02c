package be.taakwijzer.purchasing;

/** What a person enters for a supplier; enterprise number and e-mail address may be empty. */
public record SupplierInput(String name, String enterpriseNumber, String contactEmail, String note) {
}
