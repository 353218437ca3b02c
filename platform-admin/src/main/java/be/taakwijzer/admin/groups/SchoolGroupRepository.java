package be.taakwijzer.admin.groups;

import static be.taakwijzer.db.Tables.SCHOOL_GROUP;
import static be.taakwijzer.db.Tables.UMBRELLA_ORGANISATION;

import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** A school group and its schools, read and changed by hand as the operator role (ADR 0010). */
@Repository
class SchoolGroupRepository {

    private final DSLContext dsl;

    SchoolGroupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<GroupDetails> group(UUID tenantId) {
        return dsl.select(SCHOOL_GROUP.TENANT_ID, SCHOOL_GROUP.NAME, SCHOOL_GROUP.INSTELLINGSNUMMER, SCHOOL_GROUP.UMBRELLA_ID,
                        UMBRELLA_ORGANISATION.NAME, SCHOOL_GROUP.EMAIL_DOMAIN, SCHOOL_GROUP.VERSION)
                .from(SCHOOL_GROUP).leftJoin(UMBRELLA_ORGANISATION).on(UMBRELLA_ORGANISATION.ID.eq(SCHOOL_GROUP.UMBRELLA_ID))
                .where(SCHOOL_GROUP.TENANT_ID.eq(tenantId))
                .fetchOptional(r -> new GroupDetails(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }
}
