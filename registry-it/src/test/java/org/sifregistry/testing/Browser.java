package org.sifregistry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the UI tests: Debian's chromium, headless, driven by Debian's chromedriver (both named by
 * path, so Selenium never tries to download a driver). One per test class; {@link #close()} ends it.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** A laptop-sized window. */
    public static Browser open() {
        return open(options().addArguments("--window-size=1280,900"));
    }

    /** A phone's screen, emulated: desktop windows cannot be made that narrow. */
    public static Browser phone() {
        return open(options().setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2))));
    }

    private static ChromeOptions options() {
        // The console, where chromium reports what the Content-Security-Policy blocked
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--lang=en-US");
        options.setCapability("goog:loggingPrefs", logs);
        return options;
    }

    private static Browser open(ChromeOptions options) {
        Tools.requireCommands(CHROMIUM.getFileName().toString(), CHROMEDRIVER.getFileName().toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return new Browser(driver);
    }

    /** Opens a page of the registry, e.g. {@code collections/index.xhtml}. */
    public Browser get(String path) {
        driver.get(Api.uri(path).toString());
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Signs in through the sign-in page, as a person would. */
    public Browser signIn(TestUser user) {
        return signIn(user.username(), user.password());
    }

    public Browser signIn(String username, String password) {
        get("login.xhtml");
        type(By.id("j_username"), username);
        type(By.id("j_password"), password);
        driver.findElement(By.cssSelector(".login-form button[type=submit]")).click();
        waitFor(By.linkText(username));
        return this;
    }

    public Browser signOut() {
        driver.manage().deleteAllCookies();
        return this;
    }

    /** The value of the cookie the browser keeps for the page it shows, or null when it has none by that name. */
    public String cookie(String name) {
        Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Opens a new tab, with this browser's cookies, and shows it; returns the tab it left, for {@link #show}. */
    public String openTab() {
        String left = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        return left;
    }

    /** Shows a tab again as it was left, without reloading it. */
    public Browser show(String tab) {
        driver.switchTo().window(tab);
        return this;
    }

    /** Waits until the element is visible, then returns it. */
    public WebElement waitFor(By locator) {
        return until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until some element has the text. */
    public WebElement waitForText(By locator, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        return driver.findElement(locator);
    }

    public void waitUntilGone(By locator) {
        until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    public List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    /**
     * Waits until the condition holds, looking again when an ajax update replaced an element between finding and
     * testing it: Chromium reports that as a stale element or, since 156, as an "unknown error" whose node "does not
     * belong to the document".
     */
    private <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(d -> {
            try {
                return condition.apply(d);
            } catch (StaleElementReferenceException e) {
                return null;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        });
    }

    public WebElement find(By locator) {
        return driver.findElement(locator);
    }

    /**
     * Clicks the element once it is clickable. An ajax update may replace it between finding and clicking (a search
     * that answers as you type renders once per pause in the typing): then the new one is found and clicked.
     */
    public void click(By locator) {
        until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    public void type(By locator, String text) {
        WebElement input = waitFor(locator);
        input.clear();
        input.sendKeys(text);
    }

    /** The page's HTML as the browser holds it now. */
    public String source() {
        return driver.getPageSource();
    }

    public String title() {
        return driver.getTitle();
    }

    /** Whether a JavaScript alert is open: one would mean a page ran a script it should have shown as text. */
    public boolean hasAlert() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /**
     * What the pages' Content-Security-Policy refused (scripts, styles, handlers) since the last call: the console
     * messages that name it. Reading the console empties it.
     */
    public List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    /**
     * Saves what the browser shows as target/screenshots/{name}.png, to look at after a run. Never into the tracked
     * tree: the README's screenshots show the demo set, and only ScreenshotsIT takes them.
     */
    public void screenshot(String name) {
        screenshot(Tools.targetDir().resolve("screenshots").resolve(name + ".png"));
    }

    /** Saves what the browser shows as the PNG file {@code target}. */
    public void screenshot(Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the screenshot " + target, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
