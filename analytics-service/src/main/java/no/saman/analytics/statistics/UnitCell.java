package no.saman.analytics.statistics;

import java.util.List;

/**
 * The statistics of one unit's own respondents in one segment of one round: the grain every group
 * is merged from.
 *
 * @param path from the municipality code down to the unit, as its latest response gave it
 * @param segment {@link Segment#ALL} or one background category, e.g. {@code occupation=nurse}
 */
public record UnitCell(
    String roundId,
    String municipality,
    String unit,
    List<String> path,
    String segment,
    GroupStatistics statistics) {

  public UnitCell {
    path = List.copyOf(path);
  }
}
