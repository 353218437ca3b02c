package be.taakwijzer.ui.security;

/** The OpenID Connect provider could not be reached, so nobody can log in right now. */
public class IdentityProviderUnavailableException extends RuntimeException {

    public IdentityProviderUnavailableException(Throwable cause) {
        super("The identity provider cannot be reached", cause);
    }
}
