package be.taakwijzer.ui.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * The login both applications share: every page needs a login through the OpenID Connect provider
 * (Keycloak in production, an in-process server for the quick demo and the tests); health and
 * Prometheus metrics stay reachable for monitoring.
 */
@Configuration
@EnableWebSecurity
@EnableConfigurationProperties(OAuth2ClientProperties.class)
public class OidcLoginSecurityConfiguration {

    public static final String REGISTRATION_ID = "taakwijzer";
    private static final String LOGIN_PAGE = "/oauth2/authorization/" + REGISTRATION_ID;

    /** Replaces Boot's registrations, which would need the provider at start-up. */
    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties properties) {
        return new LazyClientRegistrationRepository(() -> new OAuth2ClientPropertiesMapper(properties).asClientRegistrations());
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health/**", "/actuator/prometheus", "/styles/**", "/webjars/**").permitAll());
        // Authorization code with PKCE, also for our confidential clients.
        DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        // The login page is the provider's (the lazy registrations cannot list themselves at start-up).
        http.oauth2Login(login -> login.loginPage(LOGIN_PAGE)
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce)));
        http.addFilterBefore(new IdentityProviderUnavailableFilter(registrations), OAuth2AuthorizationRequestRedirectFilter.class);
        // Logging out of Taakwijzer also ends the session at the provider (RP-initiated logout), then comes back here.
        return http.with(VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.oauth2LoginPage(LOGIN_PAGE, "{baseUrl}")).build();
    }
}
