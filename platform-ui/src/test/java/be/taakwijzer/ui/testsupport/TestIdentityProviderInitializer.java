package be.taakwijzer.ui.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the OIDC login of every Spring Boot test at the {@link TestIdentityProvider}; see META-INF/spring.factories. */
public class TestIdentityProviderInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String clientId = context.getEnvironment().getProperty("spring.application.name", "taakwijzer-test");
        context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("taakwijzerTestIdentityProvider", TestIdentityProvider.springProperties(clientId)));
    }
}
