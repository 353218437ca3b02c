package be.taakwijzer.allocation;

/** Where a central task stands. Planned and active tasks cover the schools; a stopped task no longer does. */
public enum CentralTaskStatus {
    PLANNED, ACTIVE, STOPPED;

    public boolean covers() {
        return this != STOPPED;
    }
}
