package be.taakwijzer.tenancy;

import java.sql.SQLException;

import org.jooq.ExecuteContext;
import org.springframework.boot.jooq.autoconfigure.ExceptionTranslatorExecuteListener;
import org.springframework.stereotype.Component;

/**
 * Spring would report a row-level security refusal (SQLState 42501) as bad SQL grammar; it is an
 * access error: someone tried to write rows of another school group. Everything else goes to Boot's
 * default translation.
 */
@Component
class RowLevelSecurityExceptionTranslator implements ExceptionTranslatorExecuteListener {

    static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Override
    public void exception(ExecuteContext context) {
        SQLException sqlException = context.sqlException();
        if (sqlException != null && INSUFFICIENT_PRIVILEGE.equals(sqlException.getSQLState())) {
            context.exception(new TenantAccessDeniedException(sqlException));
            return;
        }
        DEFAULT.exception(context);
    }
}
