package be.taakwijzer.purchasing;

public enum RequestStatus {
    REQUESTED, APPROVED, REFUSED
}
