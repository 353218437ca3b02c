package be.taakwijzer.admin.offboarding;

import static be.taakwijzer.db.Tables.OFFBOARDED_GROUP;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.val;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

import be.taakwijzer.admin.provisioning.ProvisioningFailure;
import be.taakwijzer.db.tables.records.OffboardedGroupRecord;

/**
 * A school group's rows in every tenant table, read from the catalogue of the database itself, so a table
 * added later is exported and deleted with the others without a change here. Tables come ordered so that
 * a table's rows go before those of the tables it refers to.
 */
@Repository
public class OffboardingRepository {

    private final DSLContext dsl;

    OffboardingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A reference from one tenant table to another; {@code nullable} when its own columns (besides tenant_id) may be empty. */
    private record Reference(String child, String parent, List<String> columns, boolean nullable) {
    }

    /**
     * How to delete a group's rows: the references to empty first (those that close a cycle, such as a
     * tender's winning quote), then the tables in order, referring tables before the tables they refer to.
     */
    public record DeletionPlan(List<String> tables, Map<String, List<String>> emptyFirst) {
    }

    /** The tenant tables (forced row-level security and a tenant_id) in an order they can be deleted in. */
    public DeletionPlan deletionPlan() {
        List<String> tables = dsl.resultQuery("""
                select c.relname from pg_class c
                where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and c.relforcerowsecurity
                  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
                order by c.relname""").fetch(0, String.class);
        List<Reference> references = new ArrayList<>(dsl.resultQuery("""
                select child.relname, parent.relname,
                       (select string_agg(a.attname, ',' order by a.attnum) from pg_attribute a
                        where a.attrelid = k.conrelid and a.attnum = any(k.conkey) and a.attname <> 'tenant_id'),
                       (select bool_and(not a.attnotnull) from pg_attribute a
                        where a.attrelid = k.conrelid and a.attnum = any(k.conkey) and a.attname <> 'tenant_id')
                from pg_constraint k
                join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid
                where k.contype = 'f' and child.relnamespace = 'public'::regnamespace and child.oid <> parent.oid""")
                .fetch(r -> new Reference(r.get(0, String.class), r.get(1, String.class),
                        r.get(2, String.class) == null ? List.of() : List.of(r.get(2, String.class).split(",")),
                        Boolean.TRUE.equals(r.get(3, Boolean.class)))));
        List<String> ordered = new ArrayList<>();
        Map<String, List<String>> emptyFirst = new LinkedHashMap<>();
        Deque<String> pending = new ArrayDeque<>(tables);
        int waited = 0;
        while (!pending.isEmpty()) {
            if (waited > pending.size()) {
                // a cycle: empty a nullable reference between two waiting tables, and go on without it
                Reference breakable = references.stream()
                        .filter(reference -> reference.nullable() && pending.contains(reference.child()) && pending.contains(reference.parent()))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("Foreign keys in a cycle among " + pending + " that none can break"));
                emptyFirst.computeIfAbsent(breakable.child(), table -> new ArrayList<>()).addAll(breakable.columns());
                references.remove(breakable);
                waited = 0;
            }
            String table = pending.poll();
            // a table goes after every table that refers to it
            boolean referredByWaiting = references.stream().anyMatch(reference -> reference.parent().equals(table)
                    && pending.contains(reference.child()));
            if (referredByWaiting) {
                pending.add(table);
                waited++;
            } else {
                ordered.add(table);
                waited = 0;
            }
        }
        return new DeletionPlan(ordered, emptyFirst);
    }

    /** The group's rows of each table as a JSON array, in a stable order. */
    public Map<String, String> export(UUID tenantId, List<String> tables) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String name : tables) {
            rows.put(name, dsl.resultQuery("select coalesce(json_agg(t order by t::text), '[]'::json)::text from {0} t where t.tenant_id = {1}",
                    table(name(name)), val(tenantId)).fetchOne(0, String.class));
        }
        return rows;
    }

    public Map<String, Integer> delete(UUID tenantId, DeletionPlan plan) {
        plan.emptyFirst().forEach((table, columns) -> {
            var update = dsl.update(table(name(table))).set(field(name(columns.getFirst())), (Object) null);
            for (String column : columns.subList(1, columns.size())) {
                update = update.set(field(name(column)), (Object) null);
            }
            update.where(field(name("tenant_id"), UUID.class).eq(tenantId)).execute();
        });
        Map<String, Integer> deleted = new LinkedHashMap<>();
        for (String name : plan.tables()) {
            deleted.put(name, dsl.deleteFrom(table(name(name))).where(field(name("tenant_id"), UUID.class).eq(tenantId)).execute());
        }
        return deleted;
    }

    /** The off-boarded group's record, locked for this transaction (one removal from Keycloak at a time). */
    public Optional<OffboardedGroup> lockOffboarded(UUID formerTenantId) {
        return dsl.selectFrom(OFFBOARDED_GROUP).where(OFFBOARDED_GROUP.FORMER_TENANT_ID.eq(formerTenantId)).forUpdate()
                .fetchOptional(OffboardingRepository::toOffboarded);
    }

    /** Off-boarded groups whose removal from Keycloak is not done yet, oldest first. */
    public List<OffboardedGroup> identityPending() {
        return dsl.selectFrom(OFFBOARDED_GROUP).where(OFFBOARDED_GROUP.IDENTITY_REMOVED_AT.isNull())
                .orderBy(OFFBOARDED_GROUP.OFFBOARDED_AT).fetch(OffboardingRepository::toOffboarded);
    }

    /** Those of {@link #identityPending()} whose next attempt is due. */
    public List<UUID> identityDue() {
        return dsl.select(OFFBOARDED_GROUP.FORMER_TENANT_ID).from(OFFBOARDED_GROUP)
                .where(OFFBOARDED_GROUP.IDENTITY_REMOVED_AT.isNull(), OFFBOARDED_GROUP.IDENTITY_NEXT_ATTEMPT_AT.le(currentOffsetDateTime()))
                .orderBy(OFFBOARDED_GROUP.OFFBOARDED_AT).fetch(OFFBOARDED_GROUP.FORMER_TENANT_ID);
    }

    public void markIdentityRemoved(UUID formerTenantId) {
        dsl.update(OFFBOARDED_GROUP).set(OFFBOARDED_GROUP.IDENTITY_REMOVED_AT, currentOffsetDateTime())
                .where(OFFBOARDED_GROUP.FORMER_TENANT_ID.eq(formerTenantId)).execute();
    }

    public void markIdentityFailed(UUID formerTenantId, Duration retryAfter, String error, ProvisioningFailure failure, List<String> arguments) {
        dsl.update(OFFBOARDED_GROUP)
                .set(OFFBOARDED_GROUP.IDENTITY_ATTEMPTS, OFFBOARDED_GROUP.IDENTITY_ATTEMPTS.plus(1))
                .set(OFFBOARDED_GROUP.IDENTITY_NEXT_ATTEMPT_AT,
                        field("now() + make_interval(secs => {0})", SQLDataType.TIMESTAMPWITHTIMEZONE(6), val((double) retryAfter.toSeconds())))
                .set(OFFBOARDED_GROUP.IDENTITY_ERROR, error)
                .set(OFFBOARDED_GROUP.IDENTITY_FAILURE, failure == null ? null : failure.name())
                .set(OFFBOARDED_GROUP.IDENTITY_FAILURE_ARGUMENTS, failure == null ? null : arguments.toArray(String[]::new))
                .where(OFFBOARDED_GROUP.FORMER_TENANT_ID.eq(formerTenantId)).execute();
    }

    private static OffboardedGroup toOffboarded(OffboardedGroupRecord r) {
        Optional<ProvisioningFailure> failure = Arrays.stream(ProvisioningFailure.values())
                .filter(known -> known.name().equals(r.getIdentityFailure())).findFirst();
        return new OffboardedGroup(r.getFormerTenantId(), r.getName(), r.getInstellingsnummer(), r.getOffboardedAt(),
                r.getIdentityRemovedAt() != null, r.getIdentityAttempts(), r.getIdentityError(), failure,
                r.getIdentityFailureArguments() == null ? List.of() : Arrays.asList(r.getIdentityFailureArguments()));
    }

    public void record(UUID tenantId, String groupName, String instellingsnummer, String actor, JSONB rowsDeleted, String exportSha256) {
        dsl.insertInto(OFFBOARDED_GROUP).set(OFFBOARDED_GROUP.FORMER_TENANT_ID, tenantId).set(OFFBOARDED_GROUP.NAME, groupName)
                .set(OFFBOARDED_GROUP.INSTELLINGSNUMMER, instellingsnummer).set(OFFBOARDED_GROUP.ACTOR, actor)
                .set(OFFBOARDED_GROUP.ROWS_DELETED, rowsDeleted).set(OFFBOARDED_GROUP.EXPORT_SHA256, exportSha256).execute();
    }
}
