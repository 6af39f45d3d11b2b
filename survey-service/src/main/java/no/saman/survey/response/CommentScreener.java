package no.saman.survey.response;

import java.util.regex.Pattern;

/**
 * Masks what would identify a person in a free-text comment before it is stored: e-mail addresses,
 * Norwegian phone numbers and national identity numbers (fødselsnummer).
 */
public final class CommentScreener {

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  private static final Pattern NATIONAL_ID = Pattern.compile("(?<!\\d)\\d{6}\\s?\\d{5}(?!\\d)");
  private static final Pattern PHONE =
      Pattern.compile("(?<![\\d])(?:\\+47[\\s-]?|0047[\\s-]?)?(?:\\d[\\s-]?){7}\\d(?![\\d])");

  private CommentScreener() {}

  public static String mask(String text) {
    String masked = EMAIL.matcher(text).replaceAll("[e-post fjerna]");
    masked = NATIONAL_ID.matcher(masked).replaceAll("[fødselsnummer fjerna]");
    return PHONE.matcher(masked).replaceAll("[telefonnummer fjerna]");
  }
}
