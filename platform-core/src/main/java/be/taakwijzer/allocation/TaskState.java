package be.taakwijzer.allocation;

/** Where a task stands at a school: handled centrally by the group, allocated to people of the school, or open. */
public enum TaskState {
    CENTRAL, ALLOCATED, OPEN
}
