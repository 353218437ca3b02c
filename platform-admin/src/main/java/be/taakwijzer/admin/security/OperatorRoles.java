package be.taakwijzer.admin.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** The console's services check the operator's role themselves (@PreAuthorize), not only its views. */
@Configuration
@EnableMethodSecurity
public class OperatorRoles {

    public static final String OPERATOR = "hasRole('PLATFORM_OPERATOR')";
}
