package org.constellation.classroom;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Selenium, with the browser and driver given explicitly (CHROME_BIN,
 * CHROMEDRIVER; by default Debian's /usr/bin/chromium and /usr/bin/chromedriver), so that Selenium Manager
 * never tries to download one.
 */
final class Browser implements AutoCloseable {

    static final Path CHROME = Path.of(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

    private final WebDriver driver;

    private Browser(int width, int height, boolean phone) {
        ChromeOptions options = new ChromeOptions();
        if (phone) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", width, "height",
                    height, "pixelRatio", 2.0, "touch", true), "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) "
                    + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36"));
        }
        options.setBinary(CHROME.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--disable-gpu", "--hide-scrollbars");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** Why the browser tests cannot run here, or null if they can. */
    static String unavailable() {
        if (!Files.isExecutable(CHROME)) {
            return "no Chromium at " + CHROME + " (install Debian's chromium, or set CHROME_BIN)";
        }
        if (!Files.isExecutable(DRIVER)) {
            return "no chromedriver at " + DRIVER + " (install Debian's chromium-driver, or set CHROMEDRIVER)";
        }
        return null;
    }

    /** A headless Chromium with a window of this size. */
    static Browser open(int width, int height) {
        System.setProperty("SE_OFFLINE", "true");
        return new Browser(width, height, false);
    }

    /** A headless Chromium emulating a phone's screen (width and height in CSS pixels) and touch. */
    static Browser phone(int width, int height) {
        System.setProperty("SE_OFFLINE", "true");
        return new Browser(width, height, true);
    }

    WebDriver driver() {
        return driver;
    }

    /** Waits (up to 20 seconds) until the condition holds, and returns what it returned. */
    <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition::apply);
    }

    /** The browser's console messages so far, one per line (for failure messages). */
    String console() {
        StringBuilder b = new StringBuilder();
        driver.manage().logs().get("browser").forEach(e -> b.append(e.getLevel()).append(' ').append(e.getMessage())
                .append('\n'));
        return b.toString();
    }

    /** Saves a screenshot of the whole page (the window grown to the page's height, then restored) as PNG. */
    void screenshot(Path file) throws java.io.IOException {
        org.openqa.selenium.Dimension size = driver.manage().window().getSize();
        Number height = (Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("window.scrollTo(0, 0); return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(),
                Math.max(size.getHeight(), height.intValue() + 120)));
        try {
            capture(file);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    private void capture(Path file) throws java.io.IOException {
        File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.FILE);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
