package be.taakwijzer.tenancy;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.val;

import org.jooq.DSLContext;

/**
 * The settings row-level security reads, always local to the current transaction ({@code is_local}
 * true), so that a pooled connection never carries them to the next borrower.
 */
final class TransactionSettings {

    /** The school group whose rows the transaction may see. */
    static final String TENANT_ID = "app.tenant_id";
    /** The umbrella whose aggregates the reporting functions compute (an adviser's); never a row-level security key. */
    static final String UMBRELLA_ID = "app.umbrella_id";
    /** The verified e-mail address whose registration a login may read, across tenants. */
    static final String LOGIN_EMAIL = "app.login_email";
    /** The statement that sets tenant and umbrella at the start of a transaction, in one round trip. */
    static final String SET_TENANT_AND_UMBRELLA_SQL = "select set_config('" + TENANT_ID + "', ?, true), set_config('"
            + UMBRELLA_ID + "', ?, true)";

    private TransactionSettings() {
    }

    static void setLocal(DSLContext dsl, String name, String value) {
        dsl.select(field("set_config({0}, {1}, true)", String.class, val(name), val(value))).fetch();
    }
}
