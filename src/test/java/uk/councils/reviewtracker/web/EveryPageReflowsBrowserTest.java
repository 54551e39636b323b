package uk.councils.reviewtracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.councils.reviewtracker.briefings.Briefing;
import uk.councils.reviewtracker.briefings.BriefingDetails;
import uk.councils.reviewtracker.briefings.BriefingService;
import uk.councils.reviewtracker.briefings.BriefingTemplate;
import uk.councils.reviewtracker.support.Browser;
import uk.councils.reviewtracker.support.Fixtures;
import uk.councils.reviewtracker.support.PostgresTestConfiguration;

/**
 * Every page fits a 1,280 px window and reflows at 390 px (WCAG 1.4.10) without scrolling sideways: each page is
 * loaded once, as the role that uses it, checked at both widths, and saved in target/screenshots/ at both; at 390 px
 * axe-core checks that its scrolling tables are reachable by keyboard (the other browser tests check every WCAG rule,
 * at 1,280 px). The same application context as the other browser tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo-data=always")
@Import({PostgresTestConfiguration.class, Fixtures.class})
class EveryPageReflowsBrowserTest {

    private static final String PANEL = "Children and Young People Scrutiny Panel";
    private static final int DESKTOP = 1280;
    private static final int PHONE = 390;
    private static final int HEIGHT = 900;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    BriefingService briefings;

    @Test
    void everyPageFitsAt1280PixelsAndReflowsAt390WithoutScrollingSideways() throws Exception {
        Long walsall = fixtures.review(Fixtures.WALSALL).getId();
        Long briefing = issuedBriefing(walsall);
        Long emptyReview = fixtures.newReview().getId();
        /* Demo actions the officer leads: other tests add actions of their own to the officer's list. */
        Long shropshire = fixtures.review("Shropshire Council").getId();
        Path plan = Files.createTempDirectory("reflow").resolve("improvement-plan.csv");
        Files.writeString(plan, "Rec No,Recommendation,Action(s),Lead Officer(s),By when,RAG\r\n"
                + "R1,Draw up a simple road map,Draft the road map,Olu Officer,Aug-27,In progress\r\n"
                + ",,Test it with staff,Someone New,Ongoing,\r\n");

        try (Browser browser = Browser.open(port, "reflow")) {
            WebDriver page = browser.driver();
            browser.viewport(DESKTOP, HEIGHT);

            browser.signIn("scrutiny", "demo");
            assertThat(page.getCurrentUrl()).endsWith("/dashboard");
            fits(browser, "portfolio");
            visit(browser, "/dashboard/reviews/" + walsall, "review-dashboard");
            visit(browser, "/dashboard/reviews/" + walsall + "/actions?rag=BEHIND_SCHEDULE", "dashboard-actions");
            visit(browser, "/reviews", "reviews");
            visit(browser, "/reviews/" + walsall, "review-page");
            visit(browser, "/reviews/" + walsall + "/briefings", "briefings");
            visit(browser, "/briefings/" + briefing, "briefing");

            signInAs(browser, "officer");
            visit(browser, "/my-actions?review=" + shropshire, "my-actions");
            browser.clickAndWait(By.cssSelector("main table a[href^='/actions/']"));
            fits(browser, "action");
            browser.clickAndWait(By.linkText("Update progress"));
            page.findElement(By.cssSelector("input[name=status][value=COMPLETE]")).click();
            browser.clickAndWait(By.cssSelector("main button.govuk-button[type=submit]"));
            assertThat(page.findElement(By.cssSelector(".govuk-error-summary")).isDisplayed()).isTrue();
            fits(browser, "progress-errors");

            signInAs(browser, "manager");
            visit(browser, "/reviews/" + walsall + "/plan", "plan");
            visit(browser, "/reviews/" + emptyReview + "/import", "import");
            page.findElement(By.id("file")).sendKeys(plan.toString());
            browser.clickAndWait(By.xpath("//button[normalize-space()='Upload and preview']"));
            fits(browser, "import-preview");
            visit(browser, "/reviews/import-letter", "import-letter");
            page.findElement(By.id("file")).sendKeys(Path.of("src/test/resources/letters/seeds",
                    "walsall-2012-briefing-note-and-peer-review-letter.txt").toAbsolutePath().toString());
            browser.clickAndWait(By.xpath("//button[normalize-space()='Read the letter']"));
            fits(browser, "letter-draft");

            signInAs(browser, "admin");
            visit(browser, "/admin/users", "users");
            visit(browser, "/admin/audit", "audit");
        }
    }

    private static void visit(Browser browser, String path, String name) {
        browser.go(path);
        fits(browser, name);
    }

    /** The page as it is, at both widths; it is left at the desktop width for the next step. */
    private static void fits(Browser browser, String name) {
        browser.viewport(PHONE, HEIGHT);
        browser.checkReflow(name + "-" + PHONE);
        browser.checkAccessibility(name + "-" + PHONE, "scrollable-region-focusable", "target-size");
        browser.viewport(DESKTOP, HEIGHT);
        browser.checkReflow(name + "-" + DESKTOP);
    }

    private static void signInAs(Browser browser, String username) {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(username, "demo");
    }

    /** An issued briefing on the review, so its page and the plan's history have something to show. */
    private Long issuedBriefing(Long reviewId) {
        return briefings.issued(reviewId).stream().filter(issued -> issued.getMeetingName().equals(PANEL))
                .map(Briefing::getId).findFirst().orElseGet(() -> {
                    Briefing created = briefings.create(reviewId, new BriefingDetails(BriefingTemplate.PROGRESS_UPDATE,
                            PANEL, LocalDate.now().minusDays(14), "Morgan Manager", null, null));
                    briefings.issue(created.getId(), "manager");
                    return created.getId();
                });
    }
}
