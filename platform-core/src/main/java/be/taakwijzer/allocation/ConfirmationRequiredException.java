package be.taakwijzer.allocation;

import be.taakwijzer.shared.InvalidInputException;

/**
 * The change is valid but needs the user's explicit confirmation (e.g. it gives someone more hours
 * than they have); nothing was saved. Saving again with the confirmation makes the change.
 */
public class ConfirmationRequiredException extends InvalidInputException {

    public ConfirmationRequiredException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
