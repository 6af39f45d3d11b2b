package no.saman.survey.instrument;

import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The background questions and their allowed values. */
@Serdeable
public record BackgroundQuestions(
    List<String> occupation, List<String> ageBand, List<String> tenureBand) {

  Map<String, List<String>> values() {
    Map<String, List<String>> all = new LinkedHashMap<>();
    all.put("occupation", occupation);
    all.put("ageBand", ageBand);
    all.put("tenureBand", tenureBand);
    return Map.copyOf(all);
  }
}
