package be.taakwijzer.admin.provisioning;

import java.util.Arrays;

/**
 * Provisioning failed for a reason the operator can act on. The screen shows
 * {@code failure().messageKey()} with {@code arguments()}; the exception's own message is English, for the log.
 */
public class IdentityProvisioningException extends RuntimeException {

    private final ProvisioningFailure failure;
    private final transient Object[] arguments;

    public IdentityProvisioningException(ProvisioningFailure failure, String logMessage, Throwable cause, Object... arguments) {
        super(logMessage, cause);
        this.failure = failure;
        this.arguments = arguments.clone();
    }

    public IdentityProvisioningException(ProvisioningFailure failure, String logMessage, Object... arguments) {
        this(failure, logMessage, null, arguments);
    }

    public ProvisioningFailure failure() {
        return failure;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + failure + " " + Arrays.toString(arguments) + "]: " + getMessage();
    }
}
