package no.saman.infra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.saman.infra.testing.Axe;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * A real headless Chromium driven by the system's chromedriver (so that Selenium Manager never
 * tries to download a browser or driver), laid out as a laptop or a tablet, saving downloads to a
 * folder of its own.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** A laptop's and a tablet's (portrait) CSS pixels. */
  enum Screen {
    LAPTOP(1366, 900),
    TABLET(820, 1180);

    final int width;
    final int height;

    Screen(int width, int height) {
      this.width = width;
      this.height = height;
    }
  }

  private final Path profile;
  private final Path downloads;
  private final Path screenshots;
  private final ChromeDriver driver;

  private Browser(Path profile, Path downloads, Path screenshots, ChromeDriver driver) {
    this.profile = profile;
    this.downloads = downloads;
    this.screenshots = screenshots;
    this.driver = driver;
  }

  /** Starts Chromium, or fails (never skips) with what to do when it is not installed. */
  static Browser start(Path screenshots) throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new AssertionError(
          "The browser tests need "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + ": run infra/browser/provision.sh (Debian packages chromium, chromium-driver).");
    }
    Path profile = Files.createTempDirectory("saman-chromium-");
    Path downloads = Files.createTempDirectory("saman-downloads-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=en-GB",
        "--window-size=" + Screen.LAPTOP.width + "," + Screen.LAPTOP.height,
        "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toAbsolutePath().toString(),
            "download.prompt_for_download",
            false,
            "intl.accept_languages",
            "en-GB,en"));
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    Browser browser =
        new Browser(profile, downloads, screenshots, new ChromeDriver(service, options));
    browser.driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    browser.use(Screen.LAPTOP);
    return browser;
  }

  ChromeDriver driver() {
    return driver;
  }

  Path downloads() {
    return downloads;
  }

  /** Lays the page out as on this screen. */
  void use(Screen screen) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            screen.width,
            "height",
            screen.height,
            "deviceScaleFactor",
            1,
            "mobile",
            screen == Screen.TABLET));
  }

  /** Saves the whole page, as it reads when scrolled through, as NAME.png. */
  Path screenshot(String name) throws IOException {
    Number width = (Number) driver.executeScript("return document.documentElement.clientWidth;");
    Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    Files.createDirectories(screenshots);
    Path file = screenshots.resolve(name + ".png");
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    return file;
  }

  /**
   * What the console reported since last asked that a page must never cause: scripts or styles
   * blocked by the Content-Security-Policy, and uncaught script errors.
   */
  List<String> blockedOrBroken() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Uncaught"))
        .toList();
  }

  /** The WCAG 2.1 A and AA rules the current page breaks, as axe-core finds them. */
  List<String> accessibilityViolations() {
    driver.executeScript(Axe.source());
    return Axe.violations(driver.executeAsyncScript(Axe.RUN_WCAG_21_AA));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      delete(profile);
      delete(downloads);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
