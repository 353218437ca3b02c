package be.taakwijzer.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points every Spring Boot test at the run's {@link TestDatabase}; registered in META-INF/spring.factories. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("taakwijzerTestDatabase", TestDatabase.get().springProperties()));
    }
}
