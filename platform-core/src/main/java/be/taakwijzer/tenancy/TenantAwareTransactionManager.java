package be.taakwijzer.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Sets {@code app.tenant_id} (and {@code app.umbrella_id}, for an umbrella adviser) right after BEGIN,
 * local to the transaction, so that a pooled connection never carries one school group's tenant to the
 * next borrower. Without a tenant the setting is empty and row-level security returns no tenant rows at
 * all; without an umbrella the reporting functions return nothing of an umbrella.
 */
public class TenantAwareTransactionManager extends JdbcTransactionManager {

    public TenantAwareTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        try (PreparedStatement statement = connection.prepareStatement(TransactionSettings.SET_TENANT_AND_UMBRELLA_SQL)) {
            statement.setString(1, CurrentTenant.id().map(UUID::toString).orElse(""));
            statement.setString(2, CurrentTenant.umbrellaId().map(UUID::toString).orElse(""));
            statement.execute();
        }
    }
}
