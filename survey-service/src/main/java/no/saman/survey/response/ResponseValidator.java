package no.saman.survey.response;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.saman.survey.instrument.Module;
import no.saman.survey.problem.Problem.FieldError;

/**
 * Checks a submitted body against the round's modules and the background questions, naming every
 * invalid field (e.g. {@code answers.H1}); plain Java so that every rule is unit-tested.
 */
public final class ResponseValidator {

  public static final int MAX_COMMENT_LENGTH = 2000;
  private static final Set<String> LANGUAGES = Set.of("nn", "nb", "en");
  private static final Set<String> TOP_LEVEL =
      Set.of("language", "background", "answers", "comments");

  private final List<Module> modules;
  private final Map<String, List<String>> background;

  public ResponseValidator(List<Module> modules, Map<String, List<String>> background) {
    this.modules = List.copyOf(modules);
    this.background = background;
  }

  /** The result: either errors (nothing may be stored) or the normalised response. */
  public record Result(List<FieldError> errors, ValidatedResponse response) {
    public boolean valid() {
      return errors.isEmpty();
    }
  }

  public Result validate(Map<String, Object> body) {
    List<FieldError> errors = new ArrayList<>();
    for (String key : body.keySet()) {
      if (!TOP_LEVEL.contains(key)) {
        errors.add(new FieldError(key, "unknown field"));
      }
    }
    String language = language(body.get("language"), errors);
    Map<String, String> bg = background(body.get("background"), errors);
    Map<String, Object> answers = new AnswerChecks(modules, errors).check(body.get("answers"));
    Map<String, String> comments = comments(body.get("comments"), errors);
    return new Result(List.copyOf(errors), new ValidatedResponse(language, bg, answers, comments));
  }

  private static String language(Object value, List<FieldError> errors) {
    if (value == null) {
      errors.add(new FieldError("language", "required: nn, nb or en"));
      return null;
    }
    if (!(value instanceof String s) || !LANGUAGES.contains(s)) {
      errors.add(new FieldError("language", "must be nn, nb or en"));
      return null;
    }
    return s;
  }

  private Map<String, String> background(Object value, List<FieldError> errors) {
    Map<String, String> result = new LinkedHashMap<>();
    if (value == null) {
      return result;
    }
    if (!(value instanceof Map<?, ?> map)) {
      errors.add(new FieldError("background", "must be an object"));
      return result;
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String field = "background." + e.getKey();
      List<String> allowed = background.get(String.valueOf(e.getKey()));
      if (allowed == null) {
        errors.add(new FieldError(field, "unknown background question"));
      } else if (e.getValue() == null) {
        continue;
      } else if (!(e.getValue() instanceof String s) || !allowed.contains(s)) {
        errors.add(new FieldError(field, "must be one of " + allowed));
      } else {
        result.put(String.valueOf(e.getKey()), s);
      }
    }
    return result;
  }

  private Map<String, String> comments(Object value, List<FieldError> errors) {
    Map<String, String> result = new LinkedHashMap<>();
    if (value == null) {
      return result;
    }
    if (!(value instanceof Map<?, ?> map)) {
      errors.add(new FieldError("comments", "must be an object of module id to text"));
      return result;
    }
    Set<String> moduleIds = new LinkedHashSet<>();
    modules.forEach(m -> moduleIds.add(m.id()));
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String field = "comments." + e.getKey();
      if (!moduleIds.contains(String.valueOf(e.getKey()))) {
        errors.add(new FieldError(field, "not a module of this round"));
      } else if (e.getValue() == null) {
        continue;
      } else if (!(e.getValue() instanceof String text)) {
        errors.add(new FieldError(field, "must be text"));
      } else if (text.length() > MAX_COMMENT_LENGTH) {
        errors.add(new FieldError(field, "must be at most " + MAX_COMMENT_LENGTH + " characters"));
      } else if (!text.isBlank()) {
        result.put(String.valueOf(e.getKey()), CommentScreener.mask(text.strip()));
      }
    }
    return result;
  }

  /** Whether a JSON number is a whole number, and its value if it fits an int. */
  static Integer wholeNumber(Object value) {
    if (!(value instanceof Number n)
        || value instanceof Double d && (d.isNaN() || d.isInfinite())) {
      return null;
    }
    try {
      BigDecimal decimal = new BigDecimal(n.toString());
      return decimal.stripTrailingZeros().scale() <= 0 ? decimal.intValueExact() : null;
    } catch (ArithmeticException | NumberFormatException e) {
      return null;
    }
  }
}
