package be.taakwijzer.purchasing;

/** A link to a document of a contract (the bestek, the offer, the signed agreement), with a label. */
public record ContractDocument(String url, String label) {
}
