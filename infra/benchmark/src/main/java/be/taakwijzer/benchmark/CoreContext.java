package be.taakwijzer.benchmark;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** platform-core's services and data layer in a Spring context of their own, as the applications run them (no web). */
@SpringBootApplication(scanBasePackages = "be.taakwijzer", proxyBeanMethods = false)
class CoreContext {

    static ConfigurableApplicationContext start(BenchmarkDatabase database) {
        return new SpringApplicationBuilder(CoreContext.class).properties(database.springProperties()).run();
    }
}
