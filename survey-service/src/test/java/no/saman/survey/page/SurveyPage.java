package no.saman.survey.page;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The respondent page as the browser tests drive it: fields are named by their API path (e.g.
 * {@code answers.H1}) and found through their labels' ids, and every step waits for what the
 * respondent would wait for.
 */
final class SurveyPage {

  private final WebDriver driver;
  private final WebDriverWait wait;

  SurveyPage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  void open(URI url) {
    driver.get(url.toString());
  }

  void reload() {
    driver.navigate().refresh();
  }

  /** Waits for a step by its progress text (e.g. "Steg 2 av 3") and its heading. */
  void waitForStep(String progress, String title) {
    wait.until(
        ExpectedConditions.and(
            ExpectedConditions.textToBe(By.id("progress-label"), progress),
            ExpectedConditions.textToBe(By.cssSelector("section.step:not([hidden]) h2"), title)));
  }

  String closes() {
    return driver.findElement(By.cssSelector(".closes")).getText();
  }

  String progressValue() {
    return driver.findElement(By.id("progress")).getAttribute("value");
  }

  void waitForHeading(String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), text));
  }

  String language() {
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  WebElement input(String field) {
    return driver.findElement(By.id(id(field)));
  }

  void type(String field, String text) {
    WebElement input = input(field);
    input.clear();
    input.sendKeys(text);
  }

  void typeAndPressEnter(String field, String text) {
    type(field, text + Keys.ENTER);
  }

  String value(String field) {
    return input(field).getDomProperty("value");
  }

  /** Ticks an option by its label, the big target a finger would use. */
  void choose(String field, String value) {
    driver.findElement(By.cssSelector("label[for='" + id(field) + "-" + value + "']")).click();
  }

  boolean isChecked(String field, String value) {
    return driver.findElement(By.id(id(field) + "-" + value)).isSelected();
  }

  boolean isShown(String field) {
    return driver.findElement(By.id(id(field) + "-question")).isDisplayed();
  }

  void waitUntilShown(String field, boolean shown) {
    By question = By.id(id(field) + "-question");
    wait.until(
        shown
            ? ExpectedConditions.visibilityOfElementLocated(question)
            : ExpectedConditions.invisibilityOfElementLocated(question));
  }

  /** The question's text as the label or legend shows it. */
  String questionText(String field) {
    return driver
        .findElement(By.cssSelector("#" + id(field) + "-question .question-text"))
        .getText();
  }

  void waitForQuestionText(String field, String text) {
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#" + id(field) + "-question .question-text"), text));
  }

  /**
   * Removes the limits the page renders into a number field, as an outdated page would lack them.
   */
  void dropClientLimits(String field) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].removeAttribute('data-min'); arguments[0].removeAttribute('data-max');",
            input(field));
  }

  void next() {
    driver.findElement(By.id("next")).click();
  }

  void submit() {
    next();
  }

  void saveDraft() {
    driver.findElement(By.id("save-draft")).click();
  }

  String waitForSaveStatus(String text) {
    By status = By.id("save-status");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(status, text));
    return driver.findElement(status).getText();
  }

  String notice() {
    return driver.findElement(By.id("notice")).getText();
  }

  void switchTo(String language) {
    driver.findElement(By.cssSelector("#languages button[data-lang='" + language + "']")).click();
  }

  WebElement waitForError(String field) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id(field) + "-error")));
  }

  List<String> summaryLinks() {
    return driver.findElements(By.cssSelector("#error-summary a")).stream()
        .map(a -> a.getDomAttribute("href"))
        .toList();
  }

  void followSummaryLink(String field) {
    driver.findElement(By.cssSelector("#error-summary a[href='#" + id(field) + "']")).click();
  }

  String focusedId() {
    return driver.switchTo().activeElement().getAttribute("id");
  }

  String focusedText() {
    return driver.switchTo().activeElement().getText();
  }

  String text(String elementId) {
    return driver.findElement(By.id(elementId)).getText();
  }

  String mainText() {
    return driver.findElement(By.tagName("main")).getText();
  }

  static String id(String field) {
    return field.replaceAll("[^A-Za-z0-9_-]", "-");
  }
}
