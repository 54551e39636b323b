package uk.councils.reviewtracker.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium, with screenshots of each step saved under
 * target/screenshots/ for people to look at. Skipped where Chromium is not installed, except on CI.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final String baseUrl;
    private final String journey;
    private int step;

    private Browser(WebDriver driver, String baseUrl, String journey) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.journey = journey;
    }

    public static Browser open(int port, String journey) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        assumeTrue(installed || System.getenv("CI") != null, "Debian's chromium and chromium-driver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1024");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return new Browser(driver, "http://localhost:" + port, journey);
    }

    public WebDriver driver() {
        return driver;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The session cookie, to fetch a download the way the signed-in browser would. */
    public String sessionCookie() {
        return driver.manage().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID")
                || c.getName().equals("SESSION")).map(c -> c.getName() + "=" + c.getValue()).findFirst().orElseThrow();
    }

    /** Clicks something that loads a new page, and waits until the new page has replaced the old one. */
    public void clickAndWait(By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }

    public void go(String path) {
        driver.get(baseUrl + path);
    }

    public void signIn(String username, String password) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        clickAndWait(By.cssSelector("form button[type=submit]"));
    }

    /**
     * Saves a screenshot of the page as target/screenshots/journey-NN-name.png and checks the page with axe-core
     * against WCAG 2.2 A and AA: every page a browser test visits is checked.
     */
    public void screenshot(String name) {
        save(name);
        checkAccessibility(name);
    }

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a",
            "wcag22aa");

    public void checkAccessibility(String name) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        List<String> problems = results.getViolations().stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
        if (!problems.isEmpty()) {
            throw new AssertionError("WCAG 2.2 AA violations on " + journey + "/" + name + " ("
                    + driver.getCurrentUrl() + "):\n" + String.join("\n", problems));
        }
    }

    private void save(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", journey, ++step, name)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
