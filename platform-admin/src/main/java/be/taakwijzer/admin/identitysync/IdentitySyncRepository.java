package be.taakwijzer.admin.identitysync;

import static be.taakwijzer.db.Tables.IDENTITY_SYNC_REQUEST;
import static be.taakwijzer.db.Tables.SCHOOL;
import static be.taakwijzer.db.Tables.SCHOOL_GROUP;
import static be.taakwijzer.db.Tables.STAFF_MEMBER;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.val;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

import be.taakwijzer.admin.provisioning.ProvisioningFailure;
import be.taakwijzer.db.tables.records.IdentitySyncRequestRecord;
import be.taakwijzer.identitysync.IdentitySyncKind;

/** The identity sync requests of every group, and the group data they are processed against (the operator role, ADR 0010). */
@Repository
class IdentitySyncRepository {

    private final DSLContext dsl;

    IdentitySyncRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The oldest request that is due (of one group, or of any when {@code tenantId} is null), locked for this
     * transaction; requests another processor holds are skipped, so two never work on the same one.
     */
    Optional<SyncRequest> lockNextDue(UUID tenantId) {
        Condition due = IDENTITY_SYNC_REQUEST.PROCESSED_AT.isNull().and(IDENTITY_SYNC_REQUEST.NEXT_ATTEMPT_AT.le(currentOffsetDateTime()));
        if (tenantId != null) {
            due = due.and(IDENTITY_SYNC_REQUEST.TENANT_ID.eq(tenantId));
        }
        return dsl.selectFrom(IDENTITY_SYNC_REQUEST).where(due)
                .orderBy(IDENTITY_SYNC_REQUEST.NEXT_ATTEMPT_AT, IDENTITY_SYNC_REQUEST.CREATED_AT).limit(1)
                .forUpdate().skipLocked()
                .fetchOptional(IdentitySyncRepository::toRequest);
    }

    /** Every open request for the same subject, the given one included, locked: one processing answers them all. */
    List<UUID> lockOpenForSameSubject(SyncRequest request) {
        return dsl.select(IDENTITY_SYNC_REQUEST.ID).from(IDENTITY_SYNC_REQUEST)
                .where(IDENTITY_SYNC_REQUEST.TENANT_ID.eq(request.tenantId()), IDENTITY_SYNC_REQUEST.KIND.eq(request.kind().name()),
                        IDENTITY_SYNC_REQUEST.SUBJECT.eq(request.subject()), IDENTITY_SYNC_REQUEST.PROCESSED_AT.isNull())
                .forUpdate().skipLocked()
                .fetch(IDENTITY_SYNC_REQUEST.ID);
    }

    void markProcessed(UUID tenantId, List<UUID> ids) {
        dsl.update(IDENTITY_SYNC_REQUEST)
                .set(IDENTITY_SYNC_REQUEST.PROCESSED_AT, currentOffsetDateTime())
                .where(IDENTITY_SYNC_REQUEST.TENANT_ID.eq(tenantId), IDENTITY_SYNC_REQUEST.ID.in(ids))
                .execute();
    }

    /** Counts the attempt, keeps why it failed and when to try again. */
    void markFailed(UUID tenantId, List<UUID> ids, Duration retryAfter, String error, ProvisioningFailure failure, List<String> arguments) {
        dsl.update(IDENTITY_SYNC_REQUEST)
                .set(IDENTITY_SYNC_REQUEST.ATTEMPTS, IDENTITY_SYNC_REQUEST.ATTEMPTS.plus(1))
                .set(IDENTITY_SYNC_REQUEST.NEXT_ATTEMPT_AT, inSeconds(retryAfter))
                .set(IDENTITY_SYNC_REQUEST.LAST_ERROR, error)
                .set(IDENTITY_SYNC_REQUEST.LAST_FAILURE, failure == null ? null : failure.name())
                .set(IDENTITY_SYNC_REQUEST.LAST_FAILURE_ARGUMENTS, failure == null ? null : arguments.toArray(String[]::new))
                .where(IDENTITY_SYNC_REQUEST.TENANT_ID.eq(tenantId), IDENTITY_SYNC_REQUEST.ID.in(ids))
                .execute();
    }

    /** The group's open requests become due now (the operator's "sync now"). */
    int makeDue(UUID tenantId) {
        return dsl.update(IDENTITY_SYNC_REQUEST)
                .set(IDENTITY_SYNC_REQUEST.NEXT_ATTEMPT_AT, currentOffsetDateTime())
                .where(IDENTITY_SYNC_REQUEST.TENANT_ID.eq(tenantId), IDENTITY_SYNC_REQUEST.PROCESSED_AT.isNull())
                .execute();
    }

    int deleteProcessedBefore(Duration age) {
        return dsl.deleteFrom(IDENTITY_SYNC_REQUEST)
                .where(IDENTITY_SYNC_REQUEST.PROCESSED_AT.lt(inSeconds(age.negated())))
                .execute();
    }

    List<SyncRequest> open(UUID tenantId) {
        return dsl.selectFrom(IDENTITY_SYNC_REQUEST)
                .where(IDENTITY_SYNC_REQUEST.TENANT_ID.eq(tenantId), IDENTITY_SYNC_REQUEST.PROCESSED_AT.isNull())
                .orderBy(IDENTITY_SYNC_REQUEST.CREATED_AT)
                .fetch(IdentitySyncRepository::toRequest);
    }

    Map<UUID, GroupSyncSummary> openPerGroup() {
        return dsl.select(IDENTITY_SYNC_REQUEST.TENANT_ID, count(), count().filterWhere(IDENTITY_SYNC_REQUEST.ATTEMPTS.gt(0)))
                .from(IDENTITY_SYNC_REQUEST)
                .where(IDENTITY_SYNC_REQUEST.PROCESSED_AT.isNull())
                .groupBy(IDENTITY_SYNC_REQUEST.TENANT_ID)
                .fetchMap(r -> r.value1(), r -> new GroupSyncSummary(r.value2(), r.value3()));
    }

    /** The group's organization key and name, and the domains of the group and its schools; empty when the group is gone. */
    Optional<GroupIdentityState> group(UUID tenantId) {
        return dsl.select(SCHOOL_GROUP.INSTELLINGSNUMMER, SCHOOL_GROUP.NAME, SCHOOL_GROUP.EMAIL_DOMAIN).from(SCHOOL_GROUP)
                .where(SCHOOL_GROUP.TENANT_ID.eq(tenantId))
                .fetchOptional(r -> {
                    Set<String> domains = new HashSet<>(dsl.selectDistinct(SCHOOL.EMAIL_DOMAIN).from(SCHOOL)
                            .where(SCHOOL.TENANT_ID.eq(tenantId), SCHOOL.EMAIL_DOMAIN.isNotNull()).fetch(SCHOOL.EMAIL_DOMAIN));
                    if (r.value3() != null) {
                        domains.add(r.value3());
                    }
                    return new GroupIdentityState(r.value1(), r.value2(), domains);
                });
    }

    /** The display name of the group's registration with this address; empty when the group has none. */
    Optional<String> staffName(UUID tenantId, String email) {
        return dsl.select(STAFF_MEMBER.DISPLAY_NAME).from(STAFF_MEMBER)
                .where(STAFF_MEMBER.TENANT_ID.eq(tenantId), STAFF_MEMBER.EMAIL.eq(email))
                .fetchOptional(STAFF_MEMBER.DISPLAY_NAME);
    }

    private static Field<OffsetDateTime> inSeconds(Duration duration) {
        return field("now() + make_interval(secs => {0})", SQLDataType.TIMESTAMPWITHTIMEZONE(6), val((double) duration.toSeconds()));
    }

    private static SyncRequest toRequest(IdentitySyncRequestRecord r) {
        Optional<ProvisioningFailure> failure = Optional.ofNullable(r.getLastFailure()).flatMap(IdentitySyncRepository::failure);
        return new SyncRequest(r.getTenantId(), r.getId(), IdentitySyncKind.valueOf(r.getKind()), r.getSubject(), r.getCreatedAt(),
                r.getAttempts(), r.getNextAttemptAt(), r.getLastError(), failure,
                r.getLastFailureArguments() == null ? List.of() : Arrays.asList(r.getLastFailureArguments()));
    }

    /** A failure named by an older release that no longer exists reads as an unexpected one (its text stays in last_error). */
    private static Optional<ProvisioningFailure> failure(String name) {
        return Arrays.stream(ProvisioningFailure.values()).filter(f -> f.name().equals(name)).findFirst();
    }
}
