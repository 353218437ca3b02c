package be.taakwijzer.tenancy;

import java.io.Serializable;
import java.util.Optional;

/** What a login turned out to be: linked to a registration, or refused, and why (so the person can be told). */
public record LoginResult(LoginLink link, Refusal refusal) implements Serializable {

    public enum Refusal {
        /** The provider did not vouch for the e-mail address. */
        EMAIL_NOT_VERIFIED,
        /** No school group registered this e-mail address. */
        NOT_REGISTERED,
        /** The registration belongs to another account (another provider or person). */
        LINKED_TO_ANOTHER_ACCOUNT,
        /** The provider names another organisation (school or board) than the registration's. */
        ORGANISATION_MISMATCH
    }

    public LoginResult {
        if ((link == null) == (refusal == null)) {
            throw new IllegalArgumentException("A login is either linked or refused");
        }
    }

    static LoginResult linked(LoginLink link) {
        return new LoginResult(link, null);
    }

    static LoginResult refused(Refusal refusal) {
        return new LoginResult(null, refusal);
    }

    public Optional<LoginLink> linked() {
        return Optional.ofNullable(link);
    }
}
