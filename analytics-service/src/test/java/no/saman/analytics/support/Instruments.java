package no.saman.analytics.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.instrument.InstrumentModule;
import no.saman.analytics.instrument.Item;
import no.saman.analytics.instrument.ItemType;
import no.saman.analytics.instrument.ScaleIndex;

/**
 * Instrument snapshots as survey-service publishes them on survey.rounds.v1, after its catalogue
 * (survey-service/src/main/resources/instruments): the same item ids, types, ranges, reverse
 * scoring and indices.
 */
public final class Instruments {

  private Instruments() {}

  public static List<Map<String, Object>> heiltid() {
    return List.of(heiltidModule());
  }

  /** Every module the analytics indicators use. */
  public static List<Map<String, Object>> all() {
    return List.of(
        heiltidModule(),
        module(
            "KOMPETANSE",
            scales("K", 1, 6, false),
            List.of(index("competence_drivers_index", List.of("K2", "K3", "K4", "K5", "K6"), 4))),
        module(
            "LEIING",
            scales("L", 1, 7, false),
            List.of(
                index(
                    "mastery_leadership_index",
                    List.of("L1", "L2", "L3", "L4", "L5", "L6", "L7"),
                    5))),
        naervaer(),
        module(
            "PARTSSAMARBEID",
            List.of(
                item("P1", "integer", 1, 10, null, false),
                item(
                    "P2",
                    "choice",
                    null,
                    null,
                    List.of("politician", "union_rep", "leader", "project_leader", "employee"),
                    false)),
            List.of()));
  }

  /** The plain instrument the statistics see for the given snapshot maps. */
  @SuppressWarnings("unchecked")
  public static Instrument model(List<Map<String, Object>> modules) {
    List<InstrumentModule> list = new ArrayList<>();
    for (Map<String, Object> m : modules) {
      String module = (String) m.get("id");
      List<Item> items =
          ((List<Map<String, Object>>) m.get("items"))
              .stream()
                  .map(
                      i ->
                          new Item(
                              (String) i.get("id"),
                              module,
                              ItemType.parse((String) i.get("type")).orElseThrow(),
                              (Integer) i.get("min"),
                              (Integer) i.get("max"),
                              (String) i.get("scale"),
                              (List<String>) i.get("choices"),
                              Boolean.TRUE.equals(i.get("reverse"))))
                  .toList();
      List<ScaleIndex> indices =
          ((List<Map<String, Object>>) m.get("indices"))
              .stream()
                  .map(
                      x ->
                          new ScaleIndex(
                              (String) x.get("id"),
                              module,
                              (List<String>) x.get("items"),
                              (Integer) x.get("minAnswered")))
                  .toList();
      list.add(
          new InstrumentModule(module, 1, (Map<String, String>) m.get("names"), items, indices));
    }
    return new Instrument(list);
  }

  private static Map<String, Object> heiltidModule() {
    return module(
        "HEILTID",
        List.of(
            item("H1", "integer", 1, 100, null, false),
            item("H2", "integer", 1, 100, null, false),
            item("H3", "choice", null, null, List.of("yes", "no"), false),
            item(
                "H4",
                "multi",
                null,
                null,
                List.of(
                    "own_wish", "health", "care", "education", "no_offer", "weekend_rota", "other"),
                false),
            item("H5", "integer", 0, 31, null, false),
            item(
                "H6",
                "choice",
                null,
                null,
                List.of("every_2nd", "every_3rd", "every_4th", "every_6th", "less_often", "never"),
                false),
            item("H7", "scale", 1, 5, null, false)),
        List.of());
  }

  private static Map<String, Object> naervaer() {
    List<Map<String, Object>> items = new ArrayList<>();
    items.add(
        item(
            "N1",
            "choice",
            null,
            null,
            List.of("0", "1-3", "4-7", "8-14", "15-30", "31_plus"),
            false));
    items.add(item("N2", "scale", 1, 5, null, false));
    items.add(item("N3", "scale", 1, 5, null, false));
    items.add(item("N4", "scale", 1, 5, null, true));
    items.add(item("N5", "scale", 1, 5, null, false));
    items.add(item("N6", "scale", 1, 5, null, false));
    return module(
        "NÆRVÆR", items, List.of(index("presence_index", List.of("N2", "N3", "N4", "N5"), 3)));
  }

  private static List<Map<String, Object>> scales(
      String prefix, int from, int to, boolean reverse) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      items.add(item(prefix + i, "scale", 1, 5, null, reverse));
    }
    return items;
  }

  private static Map<String, Object> module(
      String id, List<Map<String, Object>> items, List<Map<String, Object>> indices) {
    Map<String, Object> module = new LinkedHashMap<>();
    module.put("id", id);
    module.put("version", 1);
    module.put("names", Map.of("nn", id, "nb", id, "en", id));
    module.put("items", items);
    module.put("indices", indices);
    return module;
  }

  private static Map<String, Object> item(
      String id, String type, Integer min, Integer max, List<String> choices, boolean reverse) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", id);
    item.put("type", type);
    item.put("min", min);
    item.put("max", max);
    item.put("scale", "scale".equals(type) ? "A5" : null);
    item.put("choices", choices);
    item.put("reverse", reverse);
    return item;
  }

  private static Map<String, Object> index(String id, List<String> items, int minAnswered) {
    return Map.of("id", id, "items", items, "minAnswered", minAnswered);
  }
}
