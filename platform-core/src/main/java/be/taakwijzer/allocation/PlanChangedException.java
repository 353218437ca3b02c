package be.taakwijzer.allocation;

import be.taakwijzer.shared.InvalidInputException;

/** Someone else changed the same school plan or central task since it was read; nothing was saved. */
public class PlanChangedException extends InvalidInputException {

    public PlanChangedException() {
        super("plan.error.changed");
    }
}
