package be.taakwijzer.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring Boot test at the run's {@link TestDatabase}; registered in META-INF/spring.factories.
 * An application that connects as the operator console says so with {@code taakwijzer.database-role=operator}.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        boolean operator = "operator".equals(context.getEnvironment().getProperty("taakwijzer.database-role"));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("taakwijzerTestDatabase",
                operator ? TestDatabase.get().operatorSpringProperties() : TestDatabase.get().springProperties()));
    }
}
