package no.saman.analytics.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One submitted response from {@code survey.response.v1}; unknown fields are ignored so that
 * additive changes to v1 never stop consumption.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResponseEvent(
    @Nullable String schema,
    @Nullable String responseId,
    @Nullable String roundId,
    @Nullable String wave,
    @Nullable String municipality,
    @Nullable List<String> unitPath,
    @Nullable String submittedOn,
    @Nullable String language,
    @Nullable Map<String, String> background,
    @Nullable Map<String, Object> answers,
    @Nullable Map<String, String> comments)
    implements IngestEvent {

  public static final String TOPIC = "survey.response.v1";

  static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  static final Pattern WAVE = Pattern.compile("[0-9]{4}-[a-z0-9-]+");
  static final Pattern MUNICIPALITY = Pattern.compile("[0-9]{4}");
  private static final Pattern ITEM_ID = Pattern.compile("[A-Z][A-Z0-9_]{0,15}");
  private static final int MAX_TEXT = 2000;
  private static final int MAX_CHOICES = 20;

  /** The respondent's own unit: the last element of the path. */
  public String unit() {
    return unitPath.get(unitPath.size() - 1);
  }

  @Override
  public List<String> violations() {
    Violations v = new Violations();
    v.constant("schema", schema, TOPIC);
    if (v.required("responseId", responseId)) {
      v.matches("responseId", responseId, UUID);
    }
    if (v.required("roundId", roundId)) {
      v.length("roundId", roundId, 1, 64);
    }
    if (v.required("wave", wave)) {
      v.matches("wave", wave, WAVE);
    }
    if (v.required("municipality", municipality)) {
      v.matches("municipality", municipality, MUNICIPALITY);
    }
    if (v.required("unitPath", unitPath)) {
      checkUnitPath(v);
    }
    if (v.required("submittedOn", submittedOn)) {
      v.date("submittedOn", submittedOn);
    }
    if (v.required("language", language)) {
      v.oneOf("language", language, List.of("nn", "nb", "en"));
    }
    if (v.required("answers", answers)) {
      answers.forEach((item, answer) -> checkAnswer(v, item, answer));
    }
    if (comments != null) {
      comments.forEach((module, text) -> v.length("comments." + module, text, 0, MAX_TEXT));
    }
    return v.messages();
  }

  private void checkUnitPath(Violations v) {
    if (unitPath.size() < 2 || unitPath.size() > 10) {
      v.add("unitPath: must have 2 to 10 elements, had " + unitPath.size());
    }
    for (String unit : unitPath) {
      if (unit == null || unit.isEmpty() || unit.length() > 64) {
        v.add("unitPath: every element must have 1 to 64 characters");
        return;
      }
    }
  }

  private static void checkAnswer(Violations v, String item, Object answer) {
    v.matches("answers." + item, item, ITEM_ID);
    String field = "answers." + item;
    if (answer instanceof Integer || answer instanceof Long || answer instanceof BigInteger) {
      return;
    }
    if (answer instanceof String text) {
      v.length(field, text, 0, MAX_TEXT);
    } else if (answer instanceof List<?> choices) {
      if (choices.size() > MAX_CHOICES || !choices.stream().allMatch(c -> c instanceof String)) {
        v.add(field + ": a list must hold at most " + MAX_CHOICES + " strings");
      }
    } else {
      v.add(field + ": must be an integer, a string or a list of strings");
    }
  }
}
