package no.saman.survey.instrument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import no.saman.survey.problem.Problem.FieldError;

/**
 * Checks a module definition an administrator submits, naming every invalid field, so that no
 * definition a respondent could not answer (or analytics could not score) is ever stored.
 */
public final class ModuleDefinitionCheck {

  private static final Pattern ITEM_ID = Pattern.compile("[A-Z][A-Z0-9_]{0,15}");
  private static final List<String> LANGUAGES = List.of("nn", "nb", "en");

  private final Set<String> knownScales;
  private final Set<String> itemsOfOtherModules;
  private final List<FieldError> errors = new ArrayList<>();

  /**
   * @param knownScales named scales (A5, Q5, …)
   * @param itemsOfOtherModules item ids other modules use: answers are keyed by item id
   */
  public ModuleDefinitionCheck(Set<String> knownScales, Set<String> itemsOfOtherModules) {
    this.knownScales = knownScales;
    this.itemsOfOtherModules = itemsOfOtherModules;
  }

  public List<FieldError> check(Module module) {
    texts("names", module.names());
    if (module.items() == null || module.items().isEmpty() || module.items().size() > 60) {
      errors.add(new FieldError("items", "must list 1 to 60 items"));
      return errors;
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < module.items().size(); i++) {
      item("items[" + i + "]", module.items().get(i), ids);
    }
    for (int i = 0; i < module.items().size(); i++) {
      Item.Condition when = module.items().get(i).askedWhen();
      if (when != null && !numeric(module, when.item())) {
        errors.add(
            new FieldError(
                "items[" + i + "].askedWhen.item", "must be a numeric item of this module"));
      }
    }
    List<Module.Index> indices = module.indices() == null ? List.of() : module.indices();
    for (int i = 0; i < indices.size(); i++) {
      index("indices[" + i + "]", indices.get(i), module);
    }
    return errors;
  }

  private void item(String field, Item item, Set<String> ids) {
    if (item.id() == null || !ITEM_ID.matcher(item.id()).matches()) {
      errors.add(
          new FieldError(
              field + ".id", "must be A–Z, digits or _, starting with a letter, at most 16"));
    } else if (!ids.add(item.id()) || itemsOfOtherModules.contains(item.id())) {
      errors.add(new FieldError(field + ".id", "is already used by another item"));
    }
    texts(field + ".texts", item.texts());
    if (item.type() == null || !Item.TYPES.contains(item.type())) {
      errors.add(new FieldError(field + ".type", "must be one of " + Item.TYPES));
      return;
    }
    switch (item.type()) {
      case "integer" -> range(field, item);
      case "scale" -> {
        range(field, item);
        if (item.scale() == null || !knownScales.contains(item.scale())) {
          errors.add(new FieldError(field + ".scale", "must be one of " + knownScales));
        }
      }
      case "choice", "multi" -> choices(field, item);
      default -> {
        if (item.max() == null || item.max() < 1 || item.max() > 2000) {
          errors.add(
              new FieldError(field + ".max", "a text item needs a maximum length of 1 to 2000"));
        }
      }
    }
  }

  private void range(String field, Item item) {
    if (item.min() == null || item.max() == null || item.min() > item.max()) {
      errors.add(new FieldError(field + ".max", "needs min and max with min ≤ max"));
    }
  }

  private void choices(String field, Item item) {
    if (item.choices() == null || item.choices().isEmpty()) {
      errors.add(new FieldError(field + ".choices", "must list at least one choice"));
      return;
    }
    for (String choice : item.choices()) {
      Map<String, String> labels =
          item.choiceTexts() == null ? null : item.choiceTexts().get(choice);
      texts(field + ".choiceTexts." + choice, labels);
    }
  }

  private void index(String field, Module.Index index, Module module) {
    if (index.id() == null || !index.id().matches("[a-z][a-z0-9_]{1,60}")) {
      errors.add(new FieldError(field + ".id", "must be lower-case letters, digits or _"));
    }
    if (index.items() == null || index.items().isEmpty()) {
      errors.add(new FieldError(field + ".items", "must list the items of the index"));
      return;
    }
    for (String id : index.items()) {
      if (!numeric(module, id)) {
        errors.add(new FieldError(field + ".items", id + " is not a numeric item of this module"));
      }
    }
    if (index.minAnswered() < 1 || index.minAnswered() > index.items().size()) {
      errors.add(
          new FieldError(field + ".minAnswered", "must be between 1 and the number of items"));
    }
  }

  private static boolean numeric(Module module, String itemId) {
    return module.item(itemId).map(Item::takesNumber).orElse(false);
  }

  private void texts(String field, Map<String, String> texts) {
    for (String language : LANGUAGES) {
      if (texts == null || texts.get(language) == null || texts.get(language).isBlank()) {
        errors.add(
            new FieldError(field + "." + language, "a text in " + language + " is required"));
      }
    }
  }
}
