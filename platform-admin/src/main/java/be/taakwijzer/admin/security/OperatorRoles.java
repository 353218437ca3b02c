package be.taakwijzer.admin.security;

/** The role expression of the console's services, in one place (method security: MethodSecurityConfiguration). */
public final class OperatorRoles {

    public static final String OPERATOR = "hasRole('PLATFORM_OPERATOR')";

    private OperatorRoles() {
    }
}
