package no.saman.survey.instrument;

import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The background questions (each one a re-identification risk, so their answers are banded) and
 * their allowed values with texts in nn, nb and en.
 */
@Serdeable
public record BackgroundQuestions(List<Question> questions) {

  /** One background question. */
  @Serdeable
  public record Question(String id, Map<String, String> texts, List<Choice> choices) {}

  /** One allowed value. */
  @Serdeable
  public record Choice(String value, Map<String, String> texts) {}

  public Map<String, List<String>> values() {
    Map<String, List<String>> all = new LinkedHashMap<>();
    questions.forEach(q -> all.put(q.id(), q.choices().stream().map(Choice::value).toList()));
    return Map.copyOf(all);
  }
}
