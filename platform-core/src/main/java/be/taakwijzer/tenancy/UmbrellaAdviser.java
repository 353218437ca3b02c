package be.taakwijzer.tenancy;

import java.util.UUID;

/** An adviser of an umbrella organisation; {@code umbrellaCode} is how providers such as ACM/IDM name the umbrella. */
public record UmbrellaAdviser(UUID umbrellaId, String umbrellaCode, UUID id, String email, String displayName,
                              String issuer, String subject) {
}
