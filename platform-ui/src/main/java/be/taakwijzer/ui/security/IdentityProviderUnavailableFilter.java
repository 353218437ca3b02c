package be.taakwijzer.ui.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Before a login is sent to the provider, makes sure the provider can be reached; if not, shows a
 * clear page in Dutch and English instead of an error.
 */
final class IdentityProviderUnavailableFilter extends OncePerRequestFilter {

    private static final String LOGIN_PREFIX = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/";
    private static final String PAGE = "identity-provider-unavailable.html";
    private final ClientRegistrationRepository registrations;

    IdentityProviderUnavailableFilter(ClientRegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + LOGIN_PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String registrationId = request.getRequestURI().substring(request.getContextPath().length() + LOGIN_PREFIX.length());
        try {
            registrations.findByRegistrationId(registrationId);
        } catch (IdentityProviderUnavailableException unavailable) {
            logger.warn("Login refused: " + unavailable.getCause());
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "60");
            response.setContentType("text/html;charset=UTF-8");
            try (InputStream page = getClass().getResourceAsStream(PAGE)) {
                response.getWriter().write(new String(page.readAllBytes(), StandardCharsets.UTF_8));
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
