package no.saman.analytics.anonymity;

import java.util.regex.Pattern;

/**
 * A last screen before a comment is shown: e-mail addresses and phone numbers are masked, whatever
 * the screening survey-service did before publishing (domain §3, free text).
 */
public final class CommentScreen {

  private static final String MASK = "[…]";
  private static final Pattern EMAIL =
      Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
  private static final Pattern PHONE =
      Pattern.compile("(?<![\\p{L}0-9])(\\+|00)?(\\d[\\s.-]?){7,11}\\d(?![\\p{L}0-9])");

  private CommentScreen() {}

  public static String screen(String comment) {
    String masked = EMAIL.matcher(comment).replaceAll(MASK);
    return PHONE.matcher(masked).replaceAll(MASK);
  }
}
