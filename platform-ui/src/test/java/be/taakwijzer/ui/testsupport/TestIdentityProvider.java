package be.taakwijzer.ui.testsupport;

import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect provider in the test JVM (mock-oauth2-server), started once. Tests that log
 * in through a browser queue the person the next login returns.
 */
public final class TestIdentityProvider {

    public static final String ISSUER_ID = "taakwijzer";
    private static MockOAuth2Server server;

    private TestIdentityProvider() {
    }

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            server = new MockOAuth2Server();
            server.start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        }
        return server;
    }

    public static String issuerUri() {
        return server().issuerUrl(ISSUER_ID).toString();
    }

    /** The next login through the browser returns this person. */
    public static void nextLoginIs(String subject, String name, String email) {
        server().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", null,
                Map.of("name", name, "email", email, "email_verified", true), 3600));
    }

    public static Map<String, Object> springProperties(String clientId) {
        return Map.of(
                "spring.security.oauth2.client.provider.taakwijzer.issuer-uri", issuerUri(),
                "spring.security.oauth2.client.registration.taakwijzer.client-id", clientId,
                "spring.security.oauth2.client.registration.taakwijzer.client-secret", "test-secret");
    }

}
