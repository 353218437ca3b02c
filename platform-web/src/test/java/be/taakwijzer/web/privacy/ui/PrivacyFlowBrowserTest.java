package be.taakwijzer.web.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.ui.testsupport.BrowserSession;
import be.taakwijzer.ui.testsupport.TestIdentityProvider;

/**
 * The question desk in a real headless Chromium, two people at once: a director asks the group's DPO a
 * question; the DPO, in a browser of their own, answers it; the director sees the answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PrivacyFlowBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void aDirectorAsksTheDpoAnswersAndTheDirectorReadsTheAnswer() throws Exception {
        UUID group = TestTenants.createGroup("Scholengroep Noorderlicht");
        UUID vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");
        TestTenants.createSchool(group, "Basisschool Het Kompas");
        String director = TestTenants.uniqueEmail("directeur", "noorderlicht.example");
        String dpo = TestTenants.uniqueEmail("dpo", "noorderlicht.example");
        TestTenants.createStaff(group, director, "SCHOOL_DIRECTOR", vlinder);
        TestTenants.createStaff(group, dpo, "GROUP_DPO", null);

        try (BrowserSession head = new BrowserSession(); BrowserSession officer = new BrowserSession()) {
            // 1. the director asks a question
            TestIdentityProvider.nextLoginIs("dir-" + UUID.randomUUID(), "Directeur Vlinder", director);
            WebDriver school = head.driver();
            WebDriverWait schoolWait = head.waitUpTo(Duration.ofSeconds(60));
            school.get(app("/privacy"));
            schoolWait.until(ExpectedConditions.elementToBeClickable(By.id("privacy-ask"))).click();
            schoolWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#question-subject input")))
                    .sendKeys("Foto's van het schoolfeest");
            school.findElement(By.cssSelector("#question-body textarea"))
                    .sendKeys("Mogen we de foto's van het schoolfeest op de website zetten?");
            school.findElement(By.id("question-dialog-save")).click();
            schoolWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("question-grid"), "Foto's van het schoolfeest"));
            assertThat(school.findElement(By.id("question-grid")).getText()).contains("Open");
            head.screenshot("privacy-1-asked");

            // 2. the DPO, in a browser of their own, answers it
            TestIdentityProvider.nextLoginIs("dpo-" + UUID.randomUUID(), "DPO Noorderlicht", dpo);
            WebDriver desk = officer.driver();
            WebDriverWait deskWait = officer.waitUpTo(Duration.ofSeconds(60));
            desk.get(app("/privacy"));
            deskWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("question-grid"), "Foto's van het schoolfeest"));
            assertThat(desk.findElement(By.id("question-grid")).getText()).contains("Basisschool De Vlinder");
            click(desk, deskWait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-button[starts-with(@id, 'question-answer-')]"))));
            deskWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#privacy-text textarea")))
                    .sendKeys("Ja, voor de leerlingen van wie de ouders toestemming gaven bij de inschrijving.");
            desk.findElement(By.id("privacy-text-dialog-save")).click();
            deskWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("question-grid"), "Beantwoord"));
            officer.screenshot("privacy-2-answered");

            // 3. the director sees the answer
            school.get(app("/privacy"));
            schoolWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("question-grid"),
                    "Ja, voor de leerlingen van wie de ouders toestemming gaven bij de inschrijving."));
            assertThat(school.findElement(By.id("question-grid")).getText()).contains("Beantwoord", "Antwoord van " + dpo);
            head.screenshot("privacy-3-answer-read");
        }
    }

    /** Clicks an element that may lie below the fold, as a person would after scrolling to it. */
    private static void click(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
