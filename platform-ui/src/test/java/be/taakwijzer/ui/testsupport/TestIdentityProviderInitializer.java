package be.taakwijzer.ui.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the OIDC login of every Spring Boot test at the {@link TestIdentityProvider}; see META-INF/spring.factories. */
public class TestIdentityProviderInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String INLINED_TEST_PROPERTIES = "Inlined Test Properties";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String clientId = context.getEnvironment().getProperty("spring.application.name", "taakwijzer-test");
        MapPropertySource provider = new MapPropertySource("taakwijzerTestIdentityProvider", TestIdentityProvider.springProperties(clientId));
        // Above application.properties, below a test's own properties (so a test can point elsewhere).
        var sources = context.getEnvironment().getPropertySources();
        if (sources.contains(INLINED_TEST_PROPERTIES)) {
            sources.addAfter(INLINED_TEST_PROPERTIES, provider);
        } else {
            sources.addFirst(provider);
        }
    }
}
