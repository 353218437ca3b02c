package be.taakwijzer.admin.identitysync;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import be.taakwijzer.identitysync.IdentitySyncRequests;

/**
 * The console scans only its own packages; of core it needs the outbox's writer, which writes with the
 * console's DSLContext and therefore as the operator role (when a hand edit of a group or school, or the
 * processing itself, asks for a further sync).
 */
@Configuration(proxyBeanMethods = false)
@Import(IdentitySyncRequests.class)
class IdentitySyncConfiguration {
}
