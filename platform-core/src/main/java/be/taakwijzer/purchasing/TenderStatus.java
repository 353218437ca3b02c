package be.taakwijzer.purchasing;

public enum TenderStatus {
    OPEN, DECIDED
}
