package no.saman.reports.group;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one group (a unit, a municipality) in one wave, already anonymity-checked by the
 * caller: when {@code suppressed} is true it carries no figure at all and reports print "for få
 * svar"; the renderer refuses a suppressed group that still carries one.
 *
 * @param name e.g. "Institusjonstenesta" or "Bømlo"
 * @param suppressed whether the group is below the anonymity threshold
 * @param responses number of responses, null when suppressed
 * @param responseRate responses / headcount (0..1), null when unknown or suppressed
 * @param values indicator id → value (e.g. {@code avg_position_size} → 58.51); a missing or null
 *     value prints "–"; empty when suppressed
 * @param parent the name of the unit of the same report this one is part of (e.g. "Pleie og omsorg"
 *     for Institusjonstenesta); null for a unit directly under the total, and for every group that
 *     is not a unit
 */
public record GroupFigures(
    String name,
    boolean suppressed,
    Integer responses,
    Double responseRate,
    Map<String, Double> values,
    String parent) {

  public GroupFigures {
    values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** A group directly under its total (or not a unit at all). */
  public GroupFigures(
      String name,
      boolean suppressed,
      Integer responses,
      Double responseRate,
      Map<String, Double> values) {
    this(name, suppressed, responses, responseRate, values, null);
  }

  /** The value of an indicator, null when the group has none. */
  public Double value(String indicatorId) {
    return values.get(indicatorId);
  }
}
