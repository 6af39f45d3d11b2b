package no.saman.analytics.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.saman.analytics.instrument.InstrumentModule;
import no.saman.analytics.instrument.Item;
import no.saman.analytics.instrument.ItemType;
import no.saman.analytics.instrument.ScaleIndex;

/** One module version of a round's {@code instrument} snapshot on {@code survey.rounds.v1}. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModuleEvent(
    @Nullable String id,
    @Nullable Integer version,
    @Nullable Map<String, String> names,
    @Nullable List<ItemEvent> items,
    @Nullable List<IndexEvent> indices) {

  private static final List<String> LANGUAGES = List.of("nn", "nb", "en");
  private static final Pattern ITEM_ID = Pattern.compile("[A-Z][A-Z0-9_]{0,15}");

  /** One item of the module. */
  @Serdeable
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ItemEvent(
      @Nullable String id,
      @Nullable String type,
      @Nullable Integer min,
      @Nullable Integer max,
      @Nullable String scale,
      @Nullable List<String> choices,
      @Nullable Boolean reverse,
      @Nullable Map<String, String> texts) {}

  /** One index of the module. */
  @Serdeable
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record IndexEvent(
      @Nullable String id, @Nullable List<String> items, @Nullable Integer minAnswered) {}

  void check(Violations v, String field) {
    if (v.required(field + ".id", id)) {
      v.length(field + ".id", id, 1, 64);
    }
    if (v.required(field + ".version", version)) {
      v.atLeast(field + ".version", version, 1);
    }
    if (v.required(field + ".items", items)) {
      for (int i = 0; i < items.size(); i++) {
        checkItem(v, field + ".items[" + i + "]", items.get(i));
      }
    }
    if (indices != null) {
      for (int i = 0; i < indices.size(); i++) {
        checkIndex(v, field + ".indices[" + i + "]", indices.get(i));
      }
    }
  }

  private static void checkItem(Violations v, String field, ItemEvent item) {
    if (item == null) {
      v.add(field + ": must be an object");
      return;
    }
    if (v.required(field + ".id", item.id())) {
      v.matches(field + ".id", item.id(), ITEM_ID);
    }
    if (v.required(field + ".type", item.type()) && ItemType.parse(item.type()).isEmpty()) {
      v.add(field + ".type: must be integer, scale, choice, multi or text");
    }
    if (item.choices() != null && item.choices().contains(null)) {
      v.add(field + ".choices: every choice must be a string");
    }
  }

  private static void checkIndex(Violations v, String field, IndexEvent index) {
    if (index == null) {
      v.add(field + ": must be an object");
      return;
    }
    if (v.required(field + ".id", index.id())) {
      v.length(field + ".id", index.id(), 1, 64);
    }
    if (v.required(field + ".items", index.items()) && index.items().contains(null)) {
      v.add(field + ".items: every item must be a string");
    }
    if (v.required(field + ".minAnswered", index.minAnswered())) {
      v.atLeast(field + ".minAnswered", index.minAnswered(), 1);
    }
  }

  /** The module as the statistics see it; call only on a checked event. */
  InstrumentModule toModule() {
    List<Item> mapped =
        items.stream()
            .map(
                i ->
                    new Item(
                        i.id(),
                        id,
                        ItemType.parse(i.type()).orElseThrow(),
                        i.min(),
                        i.max(),
                        i.scale(),
                        i.choices(),
                        Boolean.TRUE.equals(i.reverse()),
                        languages(i.texts())))
            .toList();
    List<ScaleIndex> mappedIndices =
        indices == null
            ? List.of()
            : indices.stream()
                .map(x -> new ScaleIndex(x.id(), id, x.items(), x.minAnswered()))
                .toList();
    return new InstrumentModule(id, version, languages(names), mapped, mappedIndices);
  }

  /** The texts in the languages the service knows, without empty ones. */
  private static Map<String, String> languages(Map<String, String> texts) {
    Map<String, String> languages = new java.util.LinkedHashMap<>();
    if (texts != null) {
      texts.forEach(
          (language, text) -> {
            if (LANGUAGES.contains(language) && text != null) {
              languages.put(language, text);
            }
          });
    }
    return languages;
  }
}
