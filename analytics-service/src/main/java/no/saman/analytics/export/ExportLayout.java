package no.saman.analytics.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.instrument.Item;
import no.saman.analytics.instrument.ItemType;
import no.saman.analytics.instrument.ScaleIndex;
import no.saman.analytics.statistics.Measures;
import no.saman.analytics.statistics.ResponseMeasures;

/**
 * The columns of a round's export, from its instrument snapshot, and each response's values in
 * them. The current position size (H1) is released only as its band, a quasi-identifier; the
 * desired one (H2) as its band too, with whether it is larger; free text is never exported.
 */
final class ExportLayout {

  private static final String POSITION = ResponseMeasures.CURRENT_POSITION;
  private static final String DESIRED = ResponseMeasures.DESIRED_POSITION;

  private final Instrument instrument;
  private final List<ExportColumn> columns = new ArrayList<>();
  private final List<Value> values = new ArrayList<>();
  private final Set<String> names = new HashSet<>();

  /** How one column's value comes out of a response. */
  private interface Value {
    Object of(ResponseMeasures measures);
  }

  ExportLayout(Instrument instrument) {
    this.instrument = instrument;
    add(
        ExportColumn.plain("municipality", "group", "text", "the municipality (kommunenummer)"),
        m -> null);
    add(
        ExportColumn.plain(
            "group",
            "group",
            "text",
            "the unit the response is released under: the respondent's own unit or, where the"
                + " results show too few responses, the nearest unit above it that they show; the"
                + " municipality code for the whole municipality"),
        m -> null);
    add(ExportColumn.plain("group_name", "group", "text", "the name of the group"), m -> null);
    for (int d = 0; d < Background.COLUMNS.size(); d++) {
      add(
          new ExportColumn(
              Background.COLUMNS.get(d),
              "background",
              "text",
              "a quasi-identifier: coarsened, or NA, where its combination with the group and the"
                  + " other background columns would occur fewer than k times",
              d == 3 ? POSITION : null,
              null,
              null,
              null,
              null,
              null,
              null,
              Background.categories(d),
              Background.coarse(d),
              null,
              null),
          m -> null);
    }
    for (Item item : instrument.items()) {
      addItem(item);
    }
    for (ScaleIndex index : instrument.indices()) {
      add(
          new ExportColumn(
              unique(index.id()),
              "index",
              "number",
              "the respondent's mean of the index's items (reversed ones as min + max − x) when at"
                  + " least minAnswered of them are answered",
              null,
              index.module(),
              null,
              null,
              instrument.range(index).map(r -> r[0]).orElse(null),
              instrument.range(index).map(r -> r[1]).orElse(null),
              null,
              null,
              null,
              index.items(),
              index.minAnswered()),
          m -> m.values().get(Measures.index(index.id())));
    }
  }

  List<ExportColumn> columns() {
    return List.copyOf(columns);
  }

  /** How many columns come before the answers: group, then background. */
  static int leading() {
    return 3 + Background.COLUMNS.size();
  }

  /** The response's validated measures, as the statistics count them. */
  ResponseMeasures measures(Map<String, Object> answers) {
    return ResponseMeasures.of(answers, instrument);
  }

  /** The position size a response's background is banded from, null when not validly answered. */
  Integer positionSize(Map<String, Object> answers) {
    Object answer = answers.get(POSITION);
    if (answer == null) {
      return null;
    }
    return ResponseMeasures.of(Map.of(POSITION, answer), instrument).histogram().get(POSITION);
  }

  /**
   * One released row: group, background, then every answer column.
   *
   * @param background the released background, from the plan
   */
  Object[] row(
      String municipality,
      String group,
      String groupName,
      List<String> background,
      ResponseMeasures measures) {
    Object[] row = new Object[columns.size()];
    row[0] = municipality;
    row[1] = group;
    row[2] = groupName;
    for (int d = 0; d < background.size(); d++) {
      row[3 + d] = background.get(d);
    }
    for (int c = leading(); c < columns.size(); c++) {
      row[c] = values.get(c).of(measures);
    }
    return row;
  }

  private void addItem(Item item) {
    if (item.type() == ItemType.TEXT || item.id().equals(POSITION)) {
      return;
    }
    if (item.id().equals(DESIRED)) {
      add(
          itemColumn(item, unique(item.id() + "_band"), "text", "the desired position size, banded")
              .withValues(Background.categories(3)),
          m -> Background.band(m.histogram().get(DESIRED)));
      add(
          ExportColumn.plain(
              unique("wants_larger"),
              "derived",
              "integer",
              "1 when the desired position size (H2) is larger than the current one (H1), else 0"),
          m -> integer(m.values().get(ResponseMeasures.WANTS_LARGER)));
      return;
    }
    if (item.type().isNumeric()) {
      add(itemColumn(item, unique(item.id()), "integer", null), m -> m.histogram().get(item.id()));
    } else if (item.type() == ItemType.CHOICE) {
      add(
          itemColumn(item, unique(item.id()), "text", null).withValues(item.choices()),
          m -> {
            List<String> chosen = m.choices().get(item.id());
            return chosen == null || chosen.isEmpty() ? null : chosen.get(0);
          });
    } else {
      for (String choice : item.choices()) {
        add(
            itemColumn(
                    item,
                    unique(item.id() + "_" + choice),
                    "integer",
                    "1 when " + choice + " was chosen, 0 when another was, NA when not answered")
                .withValues(List.of(choice)),
            m -> {
              List<String> chosen = m.choices().get(item.id());
              return chosen == null ? null : chosen.contains(choice) ? 1 : 0;
            });
      }
    }
  }

  private static ExportColumn itemColumn(Item item, String name, String type, String description) {
    return new ExportColumn(
        name,
        item.type() == ItemType.MULTI ? "choice" : "item",
        type,
        description,
        item.id(),
        item.module(),
        item.texts(),
        item.scale(),
        item.min(),
        item.max(),
        item.reverse(),
        null,
        null,
        null,
        null);
  }

  private void add(ExportColumn column, Value value) {
    names.add(column.name());
    columns.add(column);
    values.add(value);
  }

  /** A header safe for R, SPSS and Excel, made unique with a numbered suffix. */
  private String unique(String raw) {
    String safe = raw.replaceAll("[^A-Za-z0-9_]", "_");
    if (safe.isEmpty() || !Character.isLetter(safe.charAt(0)) || safe.charAt(0) > 'z') {
      safe = "x_" + safe;
    }
    safe = safe.length() > 60 ? safe.substring(0, 60) : safe;
    String name = safe;
    for (int n = 2; names.contains(name.toLowerCase(Locale.ROOT)) || names.contains(name); n++) {
      name = safe + "_" + n;
    }
    names.add(name.toLowerCase(Locale.ROOT));
    return name;
  }

  private static Integer integer(Double value) {
    return value == null ? null : (int) Math.round(value);
  }
}
