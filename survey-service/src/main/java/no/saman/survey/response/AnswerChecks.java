package no.saman.survey.response;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.saman.survey.instrument.Item;
import no.saman.survey.instrument.Module;
import no.saman.survey.problem.Problem.FieldError;

/** The per-item rules: known item, type, range, choice values, conditions and required items. */
final class AnswerChecks {

  private final List<Module> modules;
  private final List<FieldError> errors;
  // Each answer's item by id: a search through the modules per answer was 1 % of survey-service's
  // CPU under intake load.
  private final Map<String, Item> items = new HashMap<>();

  AnswerChecks(List<Module> modules, List<FieldError> errors) {
    this.modules = modules;
    this.errors = errors;
    for (Module module : modules) {
      for (Item item : module.items()) {
        items.putIfAbsent(item.id(), item);
      }
    }
  }

  Map<String, Object> check(Object value) {
    Map<String, Object> answers = new LinkedHashMap<>();
    if (value == null) {
      errors.add(new FieldError("answers", "required"));
      return answers;
    }
    if (!(value instanceof Map<?, ?> map)) {
      errors.add(new FieldError("answers", "must be an object of item id to answer"));
      return answers;
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String id = String.valueOf(e.getKey());
      Optional<Item> item = find(id);
      if (item.isEmpty()) {
        errors.add(new FieldError("answers." + id, "unknown item in this round"));
      } else if (e.getValue() != null) {
        Object normalised = checkValue(item.get(), e.getValue());
        if (normalised != null) {
          answers.put(id, normalised);
        }
      }
    }
    checkConditionsAndRequired(answers);
    return answers;
  }

  private Optional<Item> find(String id) {
    return Optional.ofNullable(items.get(id));
  }

  private Object checkValue(Item item, Object value) {
    String field = "answers." + item.id();
    switch (item.type()) {
      case "integer", "scale" -> {
        Integer n = ResponseValidator.wholeNumber(value);
        if (n == null) {
          errors.add(new FieldError(field, "must be a whole number"));
        } else if (n < item.min() || n > item.max()) {
          errors.add(new FieldError(field, "must be between " + item.min() + " and " + item.max()));
        } else {
          return n;
        }
      }
      case "choice" -> {
        if (value instanceof String s && item.choices().contains(s)) {
          return s;
        }
        errors.add(new FieldError(field, "must be one of " + item.choices()));
      }
      case "multi" -> {
        return checkMulti(item, field, value);
      }
      case "text" -> {
        if (!(value instanceof String text)) {
          errors.add(new FieldError(field, "must be text"));
        } else if (text.length() > item.max()) {
          errors.add(new FieldError(field, "must be at most " + item.max() + " characters"));
        } else if (!text.isBlank()) {
          return CommentScreener.mask(text.strip());
        }
      }
      default -> throw new IllegalStateException("Unknown item type " + item.type());
    }
    return null;
  }

  private Object checkMulti(Item item, String field, Object value) {
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      errors.add(new FieldError(field, "must be a non-empty list of " + item.choices()));
      return null;
    }
    Set<String> chosen = new LinkedHashSet<>();
    for (Object v : list) {
      if (!(v instanceof String s) || !item.choices().contains(s)) {
        errors.add(new FieldError(field, "must contain only " + item.choices()));
        return null;
      }
      if (!chosen.add(s)) {
        errors.add(new FieldError(field, "must not repeat " + s));
        return null;
      }
    }
    return new ArrayList<>(chosen);
  }

  private void checkConditionsAndRequired(Map<String, Object> answers) {
    for (Module module : modules) {
      for (Item item : module.items()) {
        String field = "answers." + item.id();
        Item.Condition when = item.askedWhen();
        if (when != null && answers.containsKey(item.id())) {
          Object other = answers.get(when.item());
          if (!(other instanceof Integer o) || o >= when.below()) {
            errors.add(
                new FieldError(
                    field, "only asked when " + when.item() + " is below " + when.below()));
            answers.remove(item.id());
          }
        }
        if (item.required() && !answers.containsKey(item.id()) && !hasErrorFor(field)) {
          errors.add(new FieldError(field, "required"));
        }
      }
    }
  }

  private boolean hasErrorFor(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }
}
