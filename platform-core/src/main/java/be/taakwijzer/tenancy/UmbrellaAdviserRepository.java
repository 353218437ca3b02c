package be.taakwijzer.tenancy;

import static be.taakwijzer.db.Tables.UMBRELLA_ADVISER;
import static be.taakwijzer.db.Tables.UMBRELLA_ORGANISATION;
import static org.jooq.impl.DSL.currentOffsetDateTime;

import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Umbrella advisers, reachable only at their own login: the policy on the table shows the application
 * the one row of the verified e-mail address named in {@code app.login_email} for this transaction.
 */
@Repository
public class UmbrellaAdviserRepository {

    private final DSLContext dsl;

    UmbrellaAdviserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Opens the login path for this address for the rest of the transaction and reads its row. */
    public Optional<UmbrellaAdviser> findForLogin(String verifiedEmail) {
        TransactionSettings.setLocal(dsl, TransactionSettings.LOGIN_EMAIL, verifiedEmail);
        return dsl.select(UMBRELLA_ADVISER.UMBRELLA_ID, UMBRELLA_ORGANISATION.CODE, UMBRELLA_ADVISER.ID, UMBRELLA_ADVISER.EMAIL,
                        UMBRELLA_ADVISER.DISPLAY_NAME, UMBRELLA_ADVISER.ISSUER, UMBRELLA_ADVISER.SUBJECT)
                .from(UMBRELLA_ADVISER).join(UMBRELLA_ORGANISATION).on(UMBRELLA_ORGANISATION.ID.eq(UMBRELLA_ADVISER.UMBRELLA_ID))
                .where(UMBRELLA_ADVISER.EMAIL.eq(verifiedEmail))
                .fetchOptional(r -> new UmbrellaAdviser(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    /** Sets the login (issuer and subject) of the adviser, if its row still has the login this object read. */
    public boolean link(UmbrellaAdviser adviser, String issuer, String subject) {
        return dsl.update(UMBRELLA_ADVISER)
                .set(UMBRELLA_ADVISER.ISSUER, issuer)
                .set(UMBRELLA_ADVISER.SUBJECT, subject)
                .set(UMBRELLA_ADVISER.LINKED_AT, currentOffsetDateTime())
                .set(UMBRELLA_ADVISER.VERSION, UMBRELLA_ADVISER.VERSION.plus(1))
                .where(UMBRELLA_ADVISER.UMBRELLA_ID.eq(adviser.umbrellaId()))
                .and(UMBRELLA_ADVISER.ID.eq(adviser.id()))
                .and(adviser.subject() == null ? UMBRELLA_ADVISER.SUBJECT.isNull() : UMBRELLA_ADVISER.SUBJECT.eq(adviser.subject()))
                .execute() == 1;
    }

}
