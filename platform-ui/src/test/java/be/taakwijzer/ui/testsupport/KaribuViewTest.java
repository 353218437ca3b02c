package be.taakwijzer.ui.testsupport;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;

import kotlin.jvm.functions.Function0;

/**
 * Browserless UI tests (Karibu-Testing) against the real Spring context and database: a test logs in
 * as an OIDC user, navigates and reads or clicks components, all on the server side.
 */
public abstract class KaribuViewTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("be.taakwijzer");
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
        // nothing of this test's session may stay on the thread: later tests' logins would read it
        CurrentInstance.clearAll();
    }

    /** An ID token as the provider would issue it for this person. */
    protected static OidcIdToken idToken(String subject, String name, String email) {
        return OidcIdToken.withTokenValue("test-token").subject(subject)
                .claims(claims -> claims.putAll(Map.of("name", name, "email", email, "email_verified", true))).build();
    }

    protected static List<SimpleGrantedAuthority> authorities(List<String> roles) {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    /** Logs in as a plain OIDC user with the given roles, as the login through the provider would. */
    protected void login(String subject, String name, String email, List<String> roles) {
        login(new DefaultOidcUser(authorities(roles), idToken(subject, name, email)), roles);
    }

    /** Logs in as the given user (an application's own principal, for example). */
    protected void login(OidcUser user, List<String> roles) {
        OAuth2AuthenticationToken authentication = new OAuth2AuthenticationToken(user, authorities(roles), "taakwijzer");
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        // Once a real server has started in this JVM, Vaadin's security-context strategy reads the
        // context from the HTTP session first: put it where a real login would.
        request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }
}
