package uk.councils.reviewtracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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

/**
 * Each role's main journey in Debian's Chromium, every page checked with axe-core for WCAG 2.2 AA, a screenshot of
 * every step under target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo-data=always")
@Import({PostgresTestConfiguration.class, Fixtures.class})
class RoleJourneysBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ActionService actions;

    @Test
    void aManagerSetsUpAReviewImportsItsPlanAndPreparesABriefing() throws Exception {
        String organisation = "Journey Borough Council " + UUID.randomUUID().toString().substring(0, 6);
        Path plan = Files.createTempFile("plan", ".csv");
        Files.writeString(plan, "Rec No,Recommendation,Action(s),Lead Officer(s),By when,RAG\r\n"
                + "R1,Draw up a simple road map,Draft the road map,Olu Officer,Aug-27,In progress\r\n"
                + ",,Test it with staff,Someone New,Ongoing,\r\n");
        try (Browser browser = Browser.open(port, "manager")) {
            WebDriver page = browser.driver();
            browser.signIn("manager", "demo");
            browser.screenshot("reviews");
            browser.clickAndWait(By.linkText("Add a review"));
            browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
            assertThat(page.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter a title");
            browser.screenshot("review-errors");
            page.findElement(By.id("organisationName")).sendKeys(organisation);
            page.findElement(By.id("title")).sendKeys("Safeguarding peer challenge 2027");
            browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Safeguarding peer challenge 2027");
            browser.screenshot("review");

            browser.clickAndWait(By.linkText("Import a plan from a spreadsheet"));
            browser.screenshot("import");
            page.findElement(By.id("file")).sendKeys(plan.toString());
            browser.clickAndWait(By.xpath("//button[normalize-space()='Upload and preview']"));
            assertThat(page.findElement(By.tagName("main")).getText()).contains("1 new recommendations",
                    "2 new actions", "\"Someone New\" is not a user");
            browser.screenshot("import-preview");
            browser.clickAndWait(By.xpath("//button[normalize-space()='Import the plan']"));
            assertThat(page.findElement(By.cssSelector(".govuk-notification-banner")).getText())
                    .contains("1 recommendation and 2 actions added");
            browser.screenshot("plan");

            browser.clickAndWait(By.linkText("Safeguarding peer challenge 2027"));
            browser.clickAndWait(By.linkText("Committee briefings"));
            browser.clickAndWait(By.linkText("Prepare a briefing"));
            page.findElement(By.id("meetingName")).sendKeys("Children's Scrutiny Panel");
            WebElement date = page.findElement(By.id("meetingDate"));
            ((JavascriptExecutor) page).executeScript("arguments[0].value = arguments[1]", date,
                    LocalDate.now().plusDays(14).toString());
            browser.screenshot("briefing-new");
            browser.clickAndWait(By.xpath("//button[normalize-space()='Create the draft']"));
            assertThat(page.findElement(By.tagName("main")).getText()).contains("Summary of progress",
                    "Of the 2 actions in the plan");
            browser.screenshot("briefing");
            String pdf = page.findElement(By.linkText("Download PDF")).getAttribute("href");
            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdf))
                    .header("Cookie", browser.sessionCookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(new String(download.body(), 0, 5)).isEqualTo("%PDF-");

            browser.go("/reviews/import-letter");
            browser.screenshot("import-letter");
            page.findElement(By.id("file")).sendKeys(Path.of("src/test/resources/letters/seeds",
                    "walsall-2012-briefing-note-and-peer-review-letter.txt").toAbsolutePath().toString());
            browser.clickAndWait(By.xpath("//button[normalize-space()='Read the letter']"));
            assertThat(page.findElement(By.id("draft-summary")).getText()).isEqualTo("What was found");
            assertThat(page.findElements(By.xpath("//button[normalize-space()='Create the review']"))).hasSize(2);
            WebElement theme = page.findElement(By.id("theme-1"));
            assertThat(theme.getAttribute("open")).isNull();
            browser.screenshot("letter-draft");
            theme.findElement(By.tagName("summary")).sendKeys(Keys.ENTER);
            assertThat(theme.getAttribute("open")).isNotNull();
            assertThat(theme.findElement(By.cssSelector("textarea")).isDisplayed()).isTrue();
            browser.screenshot("letter-draft-theme-open");
            browser.clickAndWait(By.xpath("(//button[normalize-space()='Create the review'])[1]"));
            assertThat(page.findElement(By.id("about")).getAttribute("open")).isNotNull();
            page.findElement(By.cssSelector(".govuk-error-summary a[href='#title']")).click();
            assertThat(page.switchTo().activeElement().getAttribute("id")).isEqualTo("title");
            browser.screenshot("letter-draft-errors");
            browser.go("/dashboard");
            browser.screenshot("portfolio");
        }
    }

    @Test
    void anAdministratorManagesUsersAndReadsTheAuditTrail() {
        try (Browser browser = Browser.open(port, "admin")) {
            WebDriver page = browser.driver();
            browser.signIn("admin", "demo");
            browser.go("/admin/users");
            browser.screenshot("users");
            browser.clickAndWait(By.linkText("Add a user"));
            browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
            assertThat(page.findElement(By.cssSelector(".govuk-error-summary")).getText())
                    .contains("Enter a username", "Enter a password");
            browser.screenshot("user-errors");
            browser.go("/admin/audit");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Audit trail");
            browser.screenshot("audit");
            browser.go("/settings");
            browser.screenshot("settings");
        }
    }

    @Test
    void aScrutinyMemberReadsTheDashboardsAndIsRefusedAnEdit() {
        try (Browser browser = Browser.open(port, "scrutiny")) {
            WebDriver page = browser.driver();
            browser.signIn("scrutiny", "demo");
            browser.clickAndWait(By.linkText("Dashboard"));
            browser.screenshot("portfolio");
            browser.clickAndWait(By.linkText("Children's Services Safeguarding Peer Review"));
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Where the plan stands");
            browser.screenshot("review-dashboard");
            String count = page.findElement(By.cssSelector("table.app-figures td a")).getText();
            browser.clickAndWait(By.cssSelector("table.app-figures td a"));
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo(count + " actions");
            browser.screenshot("actions-behind-a-figure");

            browser.go("/reviews");
            assertThat(page.findElements(By.linkText("Add a review"))).isEmpty();
            browser.go("/reviews/new");
            assertThat(page.findElement(By.tagName("h1")).getText())
                    .isEqualTo("You do not have permission to do this");
            browser.screenshot("refused");
        }
    }

    @Test
    void anOfficerUpdatesAnActionWithTheKeyboardAlone() {
        String title = "Keyboard action " + UUID.randomUUID().toString().substring(0, 8);
        Action action = fixtures.newAction(title, "officer", null, TargetDate.day(LocalDate.now().plusDays(90)));
        try (Browser browser = Browser.open(port, "officer-keyboard")) {
            WebDriver page = browser.driver();
            browser.go("/login");
            page.findElement(By.id("username")).sendKeys("officer", Keys.TAB, "demo", Keys.ENTER);
            new org.openqa.selenium.support.ui.WebDriverWait(page, java.time.Duration.ofSeconds(10))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/my-actions"));
            browser.go("/my-actions?q=" + title.substring(title.length() - 8));
            browser.screenshot("my-actions");

            tabUntil(page, "Update progress");
            page.switchTo().activeElement().sendKeys(Keys.ENTER);
            new org.openqa.selenium.support.ui.WebDriverWait(page, java.time.Duration.ofSeconds(10)).until(
                    org.openqa.selenium.support.ui.ExpectedConditions.textToBe(By.tagName("h1"), "Update progress"));
            tabUntilRadio(page);
            page.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
            page.switchTo().activeElement().sendKeys(Keys.TAB, "Finished and reported to the board", Keys.TAB,
                    "Board minutes, item 7");
            browser.screenshot("form-by-keyboard");
            page.switchTo().activeElement().sendKeys(Keys.ENTER);

            assertThat(page.findElement(By.cssSelector(".govuk-notification-banner")).getText())
                    .contains("Your update has been saved");
            browser.screenshot("saved");
        }
        assertThat(actions.get(action.getId()).getStatus()).isEqualTo(ActionStatus.COMPLETE);
    }

    private static void tabUntil(WebDriver page, String text) {
        for (int i = 0; i < 80; i++) {
            page.switchTo().activeElement().sendKeys(Keys.TAB);
            if (page.switchTo().activeElement().getText().startsWith(text)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + text);
    }

    private static void tabUntilRadio(WebDriver page) {
        for (int i = 0; i < 40; i++) {
            page.switchTo().activeElement().sendKeys(Keys.TAB);
            if ("radio".equals(page.switchTo().activeElement().getAttribute("type"))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached the status");
    }
}
