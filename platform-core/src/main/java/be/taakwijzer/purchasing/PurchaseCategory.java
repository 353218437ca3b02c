package be.taakwijzer.purchasing;

/** What a contract, tender or request is about. */
public enum PurchaseCategory {
    DEVICES, NETWORK, SOFTWARE_LICENCES, PRINTING_COPIERS, AUDIOVISUAL, OTHER
}
