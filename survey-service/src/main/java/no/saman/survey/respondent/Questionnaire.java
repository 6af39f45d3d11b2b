package no.saman.survey.respondent;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The questionnaire a link opens, in one language, with any saved draft. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Questionnaire(
    String language,
    List<String> languages,
    String municipality,
    String title,
    LocalDate closes,
    List<Section> modules,
    List<Question> background,
    int maxCommentLength,
    @Nullable Map<String, Object> draft) {

  /** A module: its questions and whether it takes a comment. */
  @Serdeable
  public record Section(String id, String name, List<Question> items) {}

  /**
   * One question: {@code type} integer/scale (min..max), choice or multi (choices).
   *
   * @param askedWhen only asked when that item's answer is below {@code below}
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Question(
      String id,
      String type,
      String text,
      boolean required,
      @Nullable Integer min,
      @Nullable Integer max,
      @Nullable List<Choice> choices,
      @Nullable Condition askedWhen) {}

  /** An allowed answer and its label. */
  @Serdeable
  public record Choice(String value, String label) {}

  /** The item and threshold that make a question apply. */
  @Serdeable
  public record Condition(String item, int below) {}
}
