package be.taakwijzer.admin.onboarding;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import be.taakwijzer.audit.AuditTrail;

/**
 * The console scans only its own packages; of core it needs the audit trail, which writes with the
 * console's DSLContext and therefore as the operator role (its policy lets it write any group's trail).
 */
@Configuration(proxyBeanMethods = false)
@Import(AuditTrail.class)
class OnboardingConfiguration {
}
