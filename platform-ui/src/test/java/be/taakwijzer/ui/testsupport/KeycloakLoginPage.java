package be.taakwijzer.ui.testsupport;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The login pages of the development Keycloak (realm taakwijzer and its simulator realms), for end-to-end tests. */
public final class KeycloakLoginPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public KeycloakLoginPage(BrowserSession browser) {
        this.driver = browser.driver();
        this.wait = browser.waitUpTo(Duration.ofSeconds(60));
    }

    /** Identity-first: the e-mail address is typed first; its domain may route to a school group's provider. */
    public KeycloakLoginPage enterEmail(String email) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(email);
        driver.findElement(By.id("kc-login")).click();
        return this;
    }

    /** Waits until the browser is at the login of the given realm (e.g. the simulator of the group's provider). */
    public KeycloakLoginPage atRealm(String realm) {
        wait.until(ExpectedConditions.urlContains("/realms/" + realm + "/"));
        return this;
    }

    /** Chooses another identity provider by its button (e.g. "acmidm"). */
    public KeycloakLoginPage choose(String providerAlias) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("social-" + providerAlias))).click();
        return this;
    }

    public void enterPassword(String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    public void enterUserAndPassword(String user, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        enterPassword(password);
    }
}
