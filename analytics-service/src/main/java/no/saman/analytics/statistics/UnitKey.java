package no.saman.analytics.statistics;

import java.util.Comparator;

/** A unit's segment within a round, the grain of every statistics row. */
record UnitKey(String roundId, String unit, String segment) implements Comparable<UnitKey> {

  private static final Comparator<UnitKey> ORDER =
      Comparator.comparing(UnitKey::roundId)
          .thenComparing(UnitKey::unit)
          .thenComparing(UnitKey::segment);

  @Override
  public int compareTo(UnitKey other) {
    return ORDER.compare(this, other);
  }
}
