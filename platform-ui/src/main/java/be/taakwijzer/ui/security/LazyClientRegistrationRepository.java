package be.taakwijzer.ui.security;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Discovers the provider's endpoints at the first login instead of at start-up, and tries again at
 * the next login when the provider was down. So the application starts while Keycloak does not run,
 * and a person who wants to log in then gets a clear page instead of a server error.
 */
final class LazyClientRegistrationRepository implements ClientRegistrationRepository {

    private final Supplier<Map<String, ClientRegistration>> discovery;
    private volatile Map<String, ClientRegistration> registrations;

    LazyClientRegistrationRepository(Supplier<Map<String, ClientRegistration>> discovery) {
        this.discovery = discovery;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        Map<String, ClientRegistration> known = registrations;
        if (known == null) {
            synchronized (this) {
                if (registrations == null) {
                    try {
                        registrations = Map.copyOf(discovery.get());
                    } catch (RuntimeException unreachable) {
                        throw new IdentityProviderUnavailableException(unreachable);
                    }
                }
                known = registrations;
            }
        }
        return known.get(registrationId);
    }
}
