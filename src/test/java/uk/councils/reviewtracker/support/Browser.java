package uk.councils.reviewtracker.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * Headless Chromium (Debian's, or any on the PATH) driven by Selenium, with screenshots of each step saved under
 * target/screenshots/ for people to look at. Skipped where Chromium and its driver are not found, except on CI
 * (where CI is set), which must run them.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> CHROMIUM_NAMES = List.of("chromium", "chromium-browser");
    private static final List<String> CHROMEDRIVER_NAMES = List.of("chromedriver");
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
        String path = System.getenv("PATH");
        Optional<Path> chromium = find(CHROMIUM_NAMES, path);
        Optional<Path> chromedriver = find(CHROMEDRIVER_NAMES, path);
        assumeTrue(chromium.isPresent() && chromedriver.isPresent() || System.getenv("CI") != null,
                "Chromium and its driver (chromium, chromedriver) are neither in /usr/bin nor on the PATH");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.orElse(Path.of("/usr/bin/chromium")).toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1024");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(
                        chromedriver.orElse(Path.of("/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return new Browser(driver, "http://localhost:" + port, journey);
    }

    /** The first executable of these names in /usr/bin (where Debian puts them) or in a directory of the PATH. */
    static Optional<Path> find(List<String> names, String path) {
        List<Path> directories = new ArrayList<>(List.of(Path.of("/usr/bin")));
        if (path != null) {
            for (String directory : path.split(File.pathSeparator)) {
                if (!directory.isBlank()) {
                    directories.add(Path.of(directory));
                }
            }
        }
        return directories.stream().flatMap(directory -> names.stream().map(directory::resolve))
                .filter(Files::isExecutable).filter(Files::isRegularFile).findFirst();
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

    /**
     * Gives the page a viewport of exactly that many CSS pixels. Not emulated as a mobile device: a phone's browser
     * widens its layout to whatever the page needs, so the page's width could not be checked against it.
     */
    public void viewport(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        /* Two frames: the page is laid out again and its media query listeners have run. */
        ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(done));");
    }

    /**
     * Saves a screenshot and checks that the page does not scroll sideways (WCAG 1.4.10 Reflow): the document is no
     * wider than the viewport. A wide table may scroll inside its own region. axe-core does not check this.
     */
    public void checkReflow(String name) {
        save(name);
        List<?> widths = (List<?>) ((JavascriptExecutor) driver).executeScript(OVERFLOW);
        long document = ((Number) widths.get(0)).longValue();
        long viewport = ((Number) widths.get(1)).longValue();
        if (document > viewport) {
            throw new AssertionError(journey + "/" + name + " (" + driver.getCurrentUrl() + ") is " + document
                    + " px wide in a " + viewport + " px viewport; too wide: " + widths.get(2));
        }
    }

    /** The document's width, the viewport's (less its scroll bar) and the first elements past it outside a scroller. */
    private static final String OVERFLOW = """
            const viewport = document.documentElement.clientWidth;
            const scrolls = e => e.closest('.app-table-scroll')
                || getComputedStyle(e.parentElement).overflowX !== 'visible';
            const wide = [...document.body.querySelectorAll('*')]
                .filter(e => e.getBoundingClientRect().right > viewport + 1 && !scrolls(e)).slice(0, 5)
                .map(e => e.tagName.toLowerCase() + '.' + e.getAttribute('class') + ' ' + Math.round(e.getBoundingClientRect().right));
            return [document.documentElement.scrollWidth, viewport, wide.join(', ')];
            """;

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a",
            "wcag22aa");

    public void checkAccessibility(String name) {
        check(name, new AxeBuilder().withTags(WCAG));
    }

    /**
     * Checks the page with only these axe-core rules, a fraction of the cost of a whole check: for what changes when
     * a page reflows to a phone's width (a table that scrolls must be reachable by keyboard).
     */
    public void checkAccessibility(String name, String... rules) {
        check(name, new AxeBuilder().withOnlyRules(List.of(rules)));
    }

    private void check(String name, AxeBuilder axe) {
        Results results = axe.analyze(driver);
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
