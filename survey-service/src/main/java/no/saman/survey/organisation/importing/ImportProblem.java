package no.saman.survey.organisation.importing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What can be wrong with a line of an organisation import. Each rejection carries its key and
 * values besides the English text, so that the console says it in the user's language (its texts
 * use the same {@code {name}} placeholders, under {@code import_<key>}).
 */
public enum ImportProblem {
  EMPTY_FILE("the file is empty: a header is needed"),
  NO_COLUMN("the header has no {column} column"),
  MISSING("is missing"),
  CODE_FORMAT("must be 1-64 letters, digits, - or _"),
  DUPLICATE("duplicate: {code} is also on line {other}"),
  TOO_LONG("is longer than {max} characters"),
  PARENT_FORMAT("must be a unit code"),
  OWN_PARENT("loop: a unit cannot be its own parent"),
  HEADCOUNT("must be a whole number from 0 to {max}"),
  UNKNOWN_TYPE("unknown service type {value}; known: {known}"),
  UNKNOWN_PARENT("unknown parent {parent}: not in the file nor registered"),
  PARENT_REJECTED("parent {parent} is on line {other}, rejected"),
  LOOP("loop: {path}");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  private final String english;

  ImportProblem(String english) {
    this.english = english;
  }

  /** The English text with its {@code {name}} placeholders. */
  public String template() {
    return english;
  }

  /** The key the console finds its text under. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The rejection of {@code field} on {@code line}; {@code values} are name, value pairs for the
   * text's placeholders.
   */
  public ImportResult.Rejected at(int line, String field, Object... values) {
    Map<String, String> named = new LinkedHashMap<>();
    for (int i = 0; i + 1 < values.length; i += 2) {
      named.put((String) values[i], String.valueOf(values[i + 1]));
    }
    Matcher m = PLACEHOLDER.matcher(english);
    String text = m.replaceAll(r -> Matcher.quoteReplacement(named.getOrDefault(r.group(1), "")));
    return new ImportResult.Rejected(line, field, text, key(), named);
  }
}
