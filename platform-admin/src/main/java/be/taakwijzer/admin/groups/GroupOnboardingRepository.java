package be.taakwijzer.admin.groups;

import static be.taakwijzer.db.Tables.SCHOOL_GROUP;
import static be.taakwijzer.db.Tables.STAFF_MEMBER;
import static be.taakwijzer.db.Tables.UMBRELLA_ORGANISATION;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Umbrellas, school groups and their first staff member, written as the operator role (ADR 0010). */
@Repository
public class GroupOnboardingRepository {

    private final DSLContext dsl;

    GroupOnboardingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Umbrella> umbrellas() {
        return dsl.selectFrom(UMBRELLA_ORGANISATION).orderBy(UMBRELLA_ORGANISATION.NAME)
                .fetch(r -> new Umbrella(r.getId(), r.getCode(), r.getName()));
    }

    public boolean umbrellaCodeTaken(String code) {
        return dsl.fetchExists(UMBRELLA_ORGANISATION, UMBRELLA_ORGANISATION.CODE.eq(code));
    }

    public UUID insertUmbrella(String code, String name) {
        return dsl.insertInto(UMBRELLA_ORGANISATION).set(UMBRELLA_ORGANISATION.CODE, code).set(UMBRELLA_ORGANISATION.NAME, name)
                .returning(UMBRELLA_ORGANISATION.ID).fetchOne(UMBRELLA_ORGANISATION.ID);
    }

    public boolean groupNumberTaken(String instellingsnummer) {
        return dsl.fetchExists(SCHOOL_GROUP, SCHOOL_GROUP.INSTELLINGSNUMMER.eq(instellingsnummer));
    }

    public boolean emailTaken(String email) {
        return dsl.fetchExists(STAFF_MEMBER, STAFF_MEMBER.EMAIL.eq(email));
    }

    public void insertGroup(UUID tenantId, String name, String instellingsnummer, UUID umbrellaId, String emailDomain) {
        dsl.insertInto(SCHOOL_GROUP).set(SCHOOL_GROUP.TENANT_ID, tenantId).set(SCHOOL_GROUP.NAME, name)
                .set(SCHOOL_GROUP.INSTELLINGSNUMMER, instellingsnummer).set(SCHOOL_GROUP.UMBRELLA_ID, umbrellaId)
                .set(SCHOOL_GROUP.EMAIL_DOMAIN, emailDomain).execute();
    }

    public UUID insertIctStaff(UUID tenantId, String email, String name) {
        return dsl.insertInto(STAFF_MEMBER).set(STAFF_MEMBER.TENANT_ID, tenantId).set(STAFF_MEMBER.EMAIL, email)
                .set(STAFF_MEMBER.DISPLAY_NAME, name).set(STAFF_MEMBER.ROLE, "GROUP_ICT_STAFF")
                .returning(STAFF_MEMBER.ID).fetchOne(STAFF_MEMBER.ID);
    }
}
