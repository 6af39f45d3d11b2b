package no.saman.survey.instrument;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * One question of a module.
 *
 * @param id stable id used in events, APIs and reports (e.g. H1)
 * @param type {@code integer} and {@code scale} take a whole number in [min, max]; {@code choice}
 *     one of {@code choices}; {@code multi} a non-empty list of distinct choices; {@code text} free
 *     text of at most {@code max} characters
 * @param reverse whether the item is reverse-scored in its index (6 − x on a 1–5 scale)
 * @param askedWhen only asked (and only accepted) when this condition on another item holds
 * @param texts the question in nn, nb and en
 * @param choiceTexts each choice's label in nn, nb and en
 */
@Serdeable
public record Item(
    String id,
    String type,
    @Nullable Integer min,
    @Nullable Integer max,
    @Nullable String scale,
    @Nullable List<String> choices,
    boolean required,
    boolean reverse,
    @Nullable Condition askedWhen,
    Map<String, String> texts,
    @Nullable Map<String, Map<String, String>> choiceTexts) {

  /** The item is asked when {@code item}'s answer is below {@code below}. */
  @Serdeable
  public record Condition(String item, int below) {}

  public static final java.util.Set<String> TYPES =
      java.util.Set.of("integer", "scale", "choice", "multi", "text");

  public boolean takesNumber() {
    return "integer".equals(type) || "scale".equals(type);
  }
}
