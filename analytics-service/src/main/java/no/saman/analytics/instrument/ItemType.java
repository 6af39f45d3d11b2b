package no.saman.analytics.instrument;

import java.util.Locale;
import java.util.Optional;

/** How an item is answered, which decides what statistics it gets. */
public enum ItemType {
  /** A whole number in [min, max], e.g. H1 position percent: n, Σx, Σx², histogram. */
  INTEGER,
  /** A point on a labelled scale, e.g. A5 1–5: as INTEGER, plus top and bottom box. */
  SCALE,
  /** One of the item's choices, e.g. H3 yes/no: category counts. */
  CHOICE,
  /** Any number of the item's choices, e.g. H4 reasons: category counts. */
  MULTI,
  /** Free text: kept with the answers, never counted. */
  TEXT;

  /** Whether answers are numbers with a mean. */
  public boolean isNumeric() {
    return this == INTEGER || this == SCALE;
  }

  /** Whether answers are category values. */
  public boolean isCategorical() {
    return this == CHOICE || this == MULTI;
  }

  /** The type named in an event ({@code integer}, {@code scale} …), empty when unknown. */
  public static Optional<ItemType> parse(String name) {
    for (ItemType type : values()) {
      if (type.name().toLowerCase(Locale.ROOT).equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** The name used in events and storage. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
