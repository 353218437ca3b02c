package be.taakwijzer.admin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

import be.taakwijzer.audit.AuditTrail;

/** The operator console: separate from the tenants' application, on its own port and login client. */
@SpringBootApplication(scanBasePackages = {"be.taakwijzer.admin", "be.taakwijzer.ui"})
// the one piece of the core it uses as is: changes made here land in each group's own audit trail
@Import(AuditTrail.class)
@AutoConfigurationPackage(basePackages = {"be.taakwijzer.admin", "be.taakwijzer.ui"})
public class TaakwijzerAdminApplication {

    public static void main(String[] args) {
        SpringApplication.run(TaakwijzerAdminApplication.class, args);
    }
}
