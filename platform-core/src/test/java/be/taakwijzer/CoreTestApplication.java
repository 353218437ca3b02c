package be.taakwijzer;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring context of platform-core's own tests: core's services and data layer, no web. */
@SpringBootApplication
public class CoreTestApplication {
}
