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
    /** The verified e-mail address whose registration a login may read, across tenants. */
    static final String LOGIN_EMAIL = "app.login_email";
    /** The statement for code that works on a plain JDBC connection. */
    static final String SET_LOCAL_SQL = "select set_config(?, ?, true)";

    private TransactionSettings() {
    }

    static void setLocal(DSLContext dsl, String name, String value) {
        dsl.select(field("set_config({0}, {1}, true)", String.class, val(name), val(value))).fetch();
    }
}
