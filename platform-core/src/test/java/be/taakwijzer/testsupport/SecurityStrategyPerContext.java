package be.taakwijzer.testsupport;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several Spring contexts live in one test JVM (browserless tests, a real server for browser tests),
 * and Vaadin gives each its own security-context strategy, which its method security reads. The
 * static {@link SecurityContextHolder} points at whichever context started last, so a test that logs
 * in through it (e.g. {@link AuthenticatedAs}) would log in where its own context does not look.
 * Before each test, point the holder at the strategy of that test's context.
 */
public class SecurityStrategyPerContext implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifUnique(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
