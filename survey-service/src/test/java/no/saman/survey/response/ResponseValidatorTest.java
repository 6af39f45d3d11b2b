package no.saman.survey.response;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.serde.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.survey.instrument.BundledInstruments;
import no.saman.survey.problem.Problem.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResponseValidatorTest {

  private static final BundledInstruments BUNDLED =
      new BundledInstruments(ObjectMapper.getDefault());
  private final ResponseValidator validator =
      new ResponseValidator(
          BUNDLED.modules().stream().filter(m -> m.id().equals("HEILTID")).toList(),
          BUNDLED.background().values());

  @Test
  void shouldAcceptACompleteResponseAndNormaliseIt() {
    ResponseValidator.Result result =
        validator.validate(
            body(
                Map.of(
                    "H1",
                    60,
                    "H2",
                    80.0,
                    "H3",
                    "yes",
                    "H4",
                    List.of("no_offer", "care"),
                    "H5",
                    3,
                    "H6",
                    "every_3rd",
                    "H7",
                    4)));

    assertThat(result.errors()).isEmpty();
    assertThat(result.response().answers())
        .containsEntry("H1", 60)
        .containsEntry("H2", 80)
        .containsEntry("H4", List.of("no_offer", "care"));
    assertThat(result.response().background()).containsEntry("occupation", "nurse");
  }

  static List<Arguments> badAnswers() {
    return List.of(
        Arguments.of(Map.of("H1", 150, "H2", 80), "answers.H1", "between 1 and 100"),
        Arguments.of(Map.of("H1", 0, "H2", 80), "answers.H1", "between 1 and 100"),
        Arguments.of(Map.of("H1", 60, "H2", 0), "answers.H2", "between 1 and 100"),
        Arguments.of(Map.of("H1", "60", "H2", 80), "answers.H1", "whole number"),
        Arguments.of(Map.of("H1", 60.5, "H2", 80), "answers.H1", "whole number"),
        Arguments.of(Map.of("H1", true, "H2", 80), "answers.H1", "whole number"),
        Arguments.of(Map.of("H2", 80), "answers.H1", "required"),
        Arguments.of(Map.of("H1", 60), "answers.H2", "required"),
        Arguments.of(Map.of("H1", 60, "H2", 80, "H99", 3), "answers.H99", "unknown item"),
        Arguments.of(Map.of("H1", 60, "H2", 80, "H3", "maybe"), "answers.H3", "one of"),
        Arguments.of(Map.of("H1", 60, "H2", 80, "H4", "care"), "answers.H4", "non-empty list"),
        Arguments.of(Map.of("H1", 60, "H2", 80, "H4", List.of()), "answers.H4", "non-empty list"),
        Arguments.of(
            Map.of("H1", 60, "H2", 80, "H4", List.of("care", "care")), "answers.H4", "repeat"),
        Arguments.of(
            Map.of("H1", 60, "H2", 80, "H4", List.of("bored")), "answers.H4", "contain only"),
        Arguments.of(
            Map.of("H1", 100, "H2", 100, "H4", List.of("care")), "answers.H4", "below 100"),
        Arguments.of(Map.of("H1", 60, "H2", 80, "H5", 32), "answers.H5", "between 0 and 31"),
        Arguments.of(Map.of("H1", 60, "H2", 80, "H5", -1), "answers.H5", "between 0 and 31"),
        Arguments.of(Map.of("H1", 60, "H2", 80, "H6", "daily"), "answers.H6", "one of"),
        Arguments.of(Map.of("H1", 60, "H2", 80, "H7", 6), "answers.H7", "between 1 and 5"));
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("badAnswers")
  void shouldNameTheInvalidItem(Map<String, Object> answers, String field, String message) {
    List<FieldError> errors = validator.validate(body(answers)).errors();

    assertThat(errors)
        .anySatisfy(
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.message()).contains(message);
            });
  }

  @Test
  void shouldNameBadLanguageBackgroundCommentsAndUnknownFields() {
    Map<String, Object> body = new HashMap<>();
    body.put("language", "sv");
    body.put("background", Map.of("occupation", "pilot", "shoeSize", "42"));
    body.put("answers", Map.of("H1", 60, "H2", 80));
    body.put("comments", Map.of("HEILTID", "x".repeat(2001), "LEIING", "hei"));
    body.put("ip", "10.0.0.1");

    List<String> fields =
        validator.validate(body).errors().stream().map(FieldError::field).toList();

    assertThat(fields)
        .containsExactlyInAnyOrder(
            "language",
            "background.occupation",
            "background.shoeSize",
            "comments.HEILTID",
            "comments.LEIING",
            "ip");
  }

  @Test
  void shouldCheckAndScreenFreeTextItems() {
    ResponseValidator samling =
        new ResponseValidator(
            BUNDLED.modules().stream().filter(m -> m.id().equals("SAMLING")).toList(),
            BUNDLED.background().values());

    assertThat(samling.validate(text("x".repeat(2001))).errors())
        .extracting(FieldError::field)
        .containsExactly("answers.S2");
    assertThat(samling.validate(text(42)).errors())
        .extracting(FieldError::message)
        .containsExactly("must be text");
    assertThat(samling.validate(text("Ring 912 34 567")).response().answers().get("S2"))
        .isEqualTo("Ring [telefonnummer fjerna]");
  }

  private static Map<String, Object> text(Object s2) {
    return Map.of("language", "nn", "answers", Map.of("S1", 8, "S2", s2));
  }

  @Test
  void shouldRequireLanguageAndAnswers() {
    List<String> fields =
        validator.validate(Map.of()).errors().stream().map(FieldError::field).toList();

    assertThat(fields).contains("language", "answers");
  }

  @Test
  void shouldMaskContactDetailsInComments() {
    Map<String, Object> body = new HashMap<>(body(Map.of("H1", 60, "H2", 80)));
    body.put(
        "comments", Map.of("HEILTID", "Ring meg på 912 34 567 eller skriv til kari@fraena.no"));

    String comment = validator.validate(body).response().comments().get("HEILTID");

    assertThat(comment).doesNotContain("912", "kari@").contains("[telefonnummer fjerna]");
  }

  private static Map<String, Object> body(Map<String, Object> answers) {
    return Map.of(
        "language",
        "nb",
        "background",
        Map.of("occupation", "nurse", "ageBand", "40-49", "tenureBand", "10_plus"),
        "answers",
        answers);
  }
}
