package no.saman.analytics.statistics;

/** A unit within a round, the grain of every statistics row. */
record UnitKey(String roundId, String unit) implements Comparable<UnitKey> {

  @Override
  public int compareTo(UnitKey other) {
    int byRound = roundId.compareTo(other.roundId);
    return byRound != 0 ? byRound : unit.compareTo(other.unit);
  }
}
