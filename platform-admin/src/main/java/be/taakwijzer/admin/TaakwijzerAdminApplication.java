package be.taakwijzer.admin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The operator console: separate from the tenants' application, on its own port and login client. */
@SpringBootApplication(scanBasePackages = {"be.taakwijzer.admin", "be.taakwijzer.ui"})
@AutoConfigurationPackage(basePackages = {"be.taakwijzer.admin", "be.taakwijzer.ui"})
@ConfigurationPropertiesScan("be.taakwijzer.admin")
public class TaakwijzerAdminApplication {

    public static void main(String[] args) {
        SpringApplication.run(TaakwijzerAdminApplication.class, args);
    }
}
