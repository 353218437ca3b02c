package be.taakwijzer.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application of school groups, directors and umbrella advisers. */
@SpringBootApplication(scanBasePackages = "be.taakwijzer")
// Vaadin finds routes and the app shell in the auto-configuration packages: core, shared UI and web.
@AutoConfigurationPackage(basePackages = "be.taakwijzer")
public class TaakwijzerWebApplication {

    public static void main(String[] args) {
        SpringApplication.run(TaakwijzerWebApplication.class, args);
    }
}
