package be.taakwijzer.tenancy;

import java.sql.SQLException;

import org.springframework.dao.PermissionDeniedDataAccessException;

/** The database refused access to rows outside the current school group (row-level security). */
public class TenantAccessDeniedException extends PermissionDeniedDataAccessException {

    public TenantAccessDeniedException(SQLException cause) {
        super("The database refused access outside the current school group", cause);
    }
}
