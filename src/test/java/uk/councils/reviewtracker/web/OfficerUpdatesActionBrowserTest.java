package uk.councils.reviewtracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.support.Browser;
import uk.councils.reviewtracker.support.Fixtures;
import uk.councils.reviewtracker.support.PostgresTestConfiguration;

/** An officer signs in, finds an action on their list, gets an error, corrects it and sees the saved history. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo-data=always")
@Import({PostgresTestConfiguration.class, Fixtures.class})
class OfficerUpdatesActionBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ActionService actions;

    @Test
    void officerMarksAnActionCompleteWithEvidence() {
        String title = "Publish the refreshed threshold document " + java.util.UUID.randomUUID().toString().substring(0, 8);
        Action action = fixtures.newAction(title, "officer", null, TargetDate.day(LocalDate.now().minusDays(2)));
        try (Browser browser = Browser.open(port, "officer-update")) {
            WebDriver page = browser.driver();
            browser.signIn("officer", "demo");
            assertThat(page.getCurrentUrl()).endsWith("/my-actions");
            browser.screenshot("my-actions");

            page.findElement(By.cssSelector("details.govuk-details summary")).click();
            page.findElement(By.id("q")).sendKeys(title.substring(title.length() - 8), Keys.ENTER);
            new org.openqa.selenium.support.ui.WebDriverWait(page, java.time.Duration.ofSeconds(10))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("q="));
            browser.clickAndWait(By.linkText(title));
            browser.clickAndWait(By.linkText("Update progress"));
            page.findElement(By.cssSelector("input[name=status][value=COMPLETE]")).click();
            browser.clickAndWait(By.cssSelector("button.govuk-button[type=submit]"));
            assertThat(page.findElement(By.cssSelector(".govuk-error-summary")).getText())
                    .contains("Enter a progress note that explains the change of status",
                            "Enter the evidence that the action is complete");
            assertThat(page.getTitle()).startsWith("Error: ");
            browser.screenshot("errors");

            page.findElement(By.linkText("Enter the evidence that the action is complete")).click();
            assertThat(page.switchTo().activeElement().getAttribute("id")).isEqualTo("evidence");
            page.switchTo().activeElement().sendKeys("Partnership board minutes, 20 November, item 4");
            page.findElement(By.id("note")).sendKeys("Published on the partnership website and briefed to schools.");
            page.findElement(By.id("note")).sendKeys(Keys.TAB);
            browser.screenshot("filled-in");
            browser.clickAndWait(By.cssSelector("button.govuk-button[type=submit]"));

            assertThat(page.findElement(By.cssSelector(".govuk-notification-banner")).getText())
                    .contains("Your update has been saved");
            assertThat(page.findElement(By.tagName("main")).getText())
                    .contains("Status changed from In progress, on schedule to Complete",
                            "Published on the partnership website and briefed to schools.",
                            "Partnership board minutes, 20 November, item 4");
            browser.screenshot("saved");
        }
        assertThat(actions.get(action.getId()).getStatus()).isEqualTo(ActionStatus.COMPLETE);
    }
}
