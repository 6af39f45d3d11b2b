package no.saman.infra.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * A real headless Chromium for every module's browser tests, driven by the system's chromedriver so
 * that Selenium Manager never tries to download a browser or driver; start it with {@link
 * #builder()}. It fails, never skips, when infra/browser/provision.sh has not installed them.
 * Selenium is a provided dependency: the tests bring it, the local stack's runtime does not.
 */
public final class HeadlessBrowser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** A device's width and height in CSS pixels, and whether it lays pages out as a mobile. */
  public record Screen(int width, int height, boolean mobile) {
    public static final Screen PHONE = new Screen(412, 915, true);
    public static final Screen LAPTOP = new Screen(1366, 900, false);

    /** In portrait. */
    public static final Screen TABLET = new Screen(820, 1180, true);
  }

  private final ChromeDriver driver;
  private final Path profile;
  private final Path downloads;
  private final Path screenshots;

  private HeadlessBrowser(Builder options) throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new AssertionError(
          "The browser tests need "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + ": run infra/browser/provision.sh (Debian packages chromium, chromium-driver).");
    }
    profile = Files.createTempDirectory("saman-chromium-");
    downloads = options.downloads ? Files.createTempDirectory("saman-downloads-") : null;
    screenshots = options.screenshots;
    ChromeOptions chrome = new ChromeOptions();
    chrome.setBinary(CHROMIUM.toFile());
    chrome.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync");
    Map<String, Object> prefs = new HashMap<>();
    if (options.language != null) {
      chrome.addArguments("--lang=" + options.language);
      prefs.put("intl.accept_languages", options.language + ",en");
    }
    chrome.addArguments(
        "--window-size=" + options.window.width() + "," + options.window.height(),
        "--user-data-dir=" + profile.toAbsolutePath());
    if (downloads != null) {
      prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
      prefs.put("download.prompt_for_download", false);
    }
    if (!prefs.isEmpty()) {
      chrome.setExperimentalOption("prefs", prefs);
    }
    chrome.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, chrome);
    if (downloads != null) {
      driver.executeCdpCommand(
          "Browser.setDownloadBehavior",
          Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    }
    if (options.emulated) {
      use(options.window);
    }
  }

  /** A laptop-sized window in Chromium's own language, no downloads, screenshots in target. */
  public static Builder builder() {
    return new Builder();
  }

  /** What to start. */
  public static final class Builder {

    private Screen window = Screen.LAPTOP;
    private boolean emulated;
    private String language;
    private boolean downloads;
    private Path screenshots = Path.of("target", "screenshots");

    private Builder() {}

    /** A window of this size, with pages laid out as on this screen from the start. */
    public Builder screen(Screen screen) {
      window = screen;
      emulated = true;
      return this;
    }

    /** Chromium's language (a tag like en-GB), which it also asks pages for, before English. */
    public Builder language(String tag) {
      language = tag;
      return this;
    }

    /** Saves downloads, unasked, to a fresh folder of its own: {@link #downloads()}. */
    public Builder downloads() {
      downloads = true;
      return this;
    }

    /** Where {@link #screenshot(String)} saves; target/screenshots unless told. */
    public Builder screenshots(Path folder) {
      screenshots = folder;
      return this;
    }

    /** Starts Chromium, or fails (never skips) with what to do when it is not installed. */
    public HeadlessBrowser start() throws IOException {
      return new HeadlessBrowser(this);
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** The folder downloads go to, when started with {@link Builder#downloads()}. */
  public Path downloads() {
    if (downloads == null) {
      throw new IllegalStateException("started without Builder.downloads()");
    }
    return downloads;
  }

  /**
   * Lays the page out as on this screen: Chromium keeps desktop windows at least 500 px wide, so a
   * phone's width needs device emulation.
   */
  public void use(Screen screen) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            screen.width(),
            "height",
            screen.height(),
            "deviceScaleFactor",
            1,
            "mobile",
            screen.mobile()));
  }

  /** Saves the whole page, as it reads when scrolled through, as NAME.png in the screenshots. */
  public Path screenshot(String name) throws IOException {
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
  public List<String> blockedOrBroken() {
    return console(m -> m.contains("Content Security Policy") || m.contains("Uncaught"));
  }

  /** What the console reported as blocked by the Content-Security-Policy since last asked. */
  public List<String> contentSecurityPolicyViolations() {
    return console(m -> m.contains("Content Security Policy"));
  }

  /** The WCAG 2.1 A and AA rules the current page breaks, as axe-core finds them. */
  public List<String> accessibilityViolations() {
    driver.executeScript(Axe.source());
    return Axe.violations(driver.executeAsyncScript(Axe.RUN_WCAG_21_AA));
  }

  /** Quits Chromium and deletes its profile and downloads. */
  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      delete(profile);
      if (downloads != null) {
        delete(downloads);
      }
    }
  }

  /** The console's messages since last asked (by either question) that match. */
  private List<String> console(Predicate<String> matching) {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(matching)
        .toList();
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
