package be.taakwijzer.tenancy;

import static be.taakwijzer.db.Tables.STAFF_MEMBER;
import static org.jooq.impl.DSL.currentOffsetDateTime;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import be.taakwijzer.db.tables.records.StaffMemberRecord;

/** The people of a school group who log in. */
@Repository
public class StaffRepository {

    private final DSLContext dsl;

    StaffRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The one read across tenants, at login: the row of a verified e-mail address, through the
     * {@code login_by_verified_email} policy. Afterwards the transaction acts in that row's tenant,
     * so that the link can be written under row-level security.
     */
    public Optional<StaffMember> findForLoginAndEnterItsTenant(String verifiedEmail) {
        TransactionSettings.setLocal(dsl, TransactionSettings.LOGIN_EMAIL, verifiedEmail);
        Optional<StaffMember> found = dsl.selectFrom(STAFF_MEMBER).where(STAFF_MEMBER.EMAIL.eq(verifiedEmail)).fetchOptional(StaffRepository::toStaffMember);
        TransactionSettings.setLocal(dsl, TransactionSettings.LOGIN_EMAIL, "");
        found.ifPresent(staff -> TransactionSettings.setLocal(dsl, TransactionSettings.TENANT_ID, staff.tenantId().toString()));
        return found;
    }

    /** Links a login to the row; false when the row is already linked to another login. */
    public boolean link(UUID tenantId, UUID staffId, String issuer, String subject) {
        return dsl.update(STAFF_MEMBER)
                .set(STAFF_MEMBER.ISSUER, issuer)
                .set(STAFF_MEMBER.SUBJECT, subject)
                .set(STAFF_MEMBER.LINKED_AT, currentOffsetDateTime())
                .set(STAFF_MEMBER.VERSION, STAFF_MEMBER.VERSION.plus(1))
                .where(STAFF_MEMBER.TENANT_ID.eq(tenantId))
                .and(STAFF_MEMBER.ID.eq(staffId))
                .and(STAFF_MEMBER.ISSUER.isNull())
                .execute() == 1;
    }

    public List<StaffMember> findAll() {
        return dsl.selectFrom(STAFF_MEMBER).orderBy(STAFF_MEMBER.DISPLAY_NAME).fetch(StaffRepository::toStaffMember);
    }

    /** Moves the link to a new subject of the same issuer; false when the row changed meanwhile. */
    public boolean relink(UUID tenantId, UUID staffId, String issuer, String oldSubject, String newSubject) {
        return dsl.update(STAFF_MEMBER)
                .set(STAFF_MEMBER.SUBJECT, newSubject)
                .set(STAFF_MEMBER.LINKED_AT, currentOffsetDateTime())
                .set(STAFF_MEMBER.VERSION, STAFF_MEMBER.VERSION.plus(1))
                .where(STAFF_MEMBER.TENANT_ID.eq(tenantId))
                .and(STAFF_MEMBER.ID.eq(staffId))
                .and(STAFF_MEMBER.ISSUER.eq(issuer))
                .and(STAFF_MEMBER.SUBJECT.eq(oldSubject))
                .execute() == 1;
    }

    public Optional<StaffMember> find(UUID id) {
        return dsl.selectFrom(STAFF_MEMBER).where(STAFF_MEMBER.ID.eq(id)).fetchOptional(StaffRepository::toStaffMember);
    }

    /** Changes the row if nobody changed it since {@code version} was read; empty otherwise. */
    public Optional<StaffMember> update(UUID id, int version, String email, String displayName, StaffRole role, UUID schoolId,
                                        boolean clearLogin) {
        var update = dsl.update(STAFF_MEMBER)
                .set(STAFF_MEMBER.EMAIL, email)
                .set(STAFF_MEMBER.DISPLAY_NAME, displayName)
                .set(STAFF_MEMBER.ROLE, role.name())
                .set(STAFF_MEMBER.SCHOOL_ID, schoolId)
                .set(STAFF_MEMBER.VERSION, STAFF_MEMBER.VERSION.plus(1));
        if (clearLogin) {
            update = update.setNull(STAFF_MEMBER.ISSUER).setNull(STAFF_MEMBER.SUBJECT).setNull(STAFF_MEMBER.LINKED_AT);
        }
        return update.where(STAFF_MEMBER.ID.eq(id)).and(STAFF_MEMBER.VERSION.eq(version))
                .returning().fetchOptional(StaffRepository::toStaffMember);
    }

    /** Deletes the row if nobody changed it since {@code version} was read; false otherwise. */
    public boolean delete(UUID id, int version) {
        return dsl.deleteFrom(STAFF_MEMBER).where(STAFF_MEMBER.ID.eq(id)).and(STAFF_MEMBER.VERSION.eq(version)).execute() == 1;
    }

    /** Forgets the login linked to the row if nobody changed it since {@code version} was read; false otherwise. */
    public boolean unlink(UUID id, int version) {
        return dsl.update(STAFF_MEMBER)
                .setNull(STAFF_MEMBER.ISSUER)
                .setNull(STAFF_MEMBER.SUBJECT)
                .setNull(STAFF_MEMBER.LINKED_AT)
                .set(STAFF_MEMBER.VERSION, STAFF_MEMBER.VERSION.plus(1))
                .where(STAFF_MEMBER.ID.eq(id)).and(STAFF_MEMBER.VERSION.eq(version))
                .execute() == 1;
    }

    public StaffMember insert(UUID tenantId, String email, String displayName, StaffRole role, UUID schoolId) {
        return dsl.insertInto(STAFF_MEMBER)
                .set(STAFF_MEMBER.TENANT_ID, tenantId)
                .set(STAFF_MEMBER.EMAIL, email)
                .set(STAFF_MEMBER.DISPLAY_NAME, displayName)
                .set(STAFF_MEMBER.ROLE, role.name())
                .set(STAFF_MEMBER.SCHOOL_ID, schoolId)
                .returning()
                .fetchOne(StaffRepository::toStaffMember);
    }

    private static StaffMember toStaffMember(StaffMemberRecord r) {
        return new StaffMember(r.getTenantId(), r.getId(), r.getEmail(), r.getDisplayName(), StaffRole.valueOf(r.getRole()),
                r.getSchoolId(), r.getIssuer(), r.getSubject(), r.getVersion());
    }
}
