package be.taakwijzer.identitysync;

import static be.taakwijzer.db.Tables.IDENTITY_SYNC_REQUEST;

import java.util.Locale;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox of identity changes (ADR 0013): a change to a group's people, schools or
 * e-mail domains asks, in its own transaction, for Keycloak to follow. A change that rolls back leaves no
 * request; a committed one is never forgotten. The requests name a subject, not an action: platform-admin
 * reads the database's state when it processes one, so the order of processing does not matter and doing
 * one twice changes nothing. platform-web writes them without holding any Keycloak credential.
 */
@Repository
public class IdentitySyncRequests {

    private final DSLContext dsl;

    IdentitySyncRequests(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The person with this address joins or leaves the group's organization, whichever the registration says then. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void member(UUID tenantId, String email, UUID staffId) {
        insert(tenantId, IdentitySyncKind.MEMBER, email.strip().toLowerCase(Locale.ROOT), staffId, null);
    }

    /** The domain is added to or removed from the group's organization, whichever the group's and its schools' domains say then. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void domain(UUID tenantId, String domain, UUID schoolId) {
        insert(tenantId, IdentitySyncKind.DOMAIN, domain.strip().toLowerCase(Locale.ROOT), null, schoolId);
    }

    /** The group's organization takes the group's name (and is created if it is missing). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void organization(UUID tenantId) {
        insert(tenantId, IdentitySyncKind.ORGANIZATION, "", null, null);
    }

    private void insert(UUID tenantId, IdentitySyncKind kind, String subject, UUID staffId, UUID schoolId) {
        dsl.insertInto(IDENTITY_SYNC_REQUEST)
                .set(IDENTITY_SYNC_REQUEST.TENANT_ID, tenantId)
                .set(IDENTITY_SYNC_REQUEST.KIND, kind.name())
                .set(IDENTITY_SYNC_REQUEST.SUBJECT, subject)
                .set(IDENTITY_SYNC_REQUEST.STAFF_ID, staffId)
                .set(IDENTITY_SYNC_REQUEST.SCHOOL_ID, schoolId)
                .execute();
    }
}
