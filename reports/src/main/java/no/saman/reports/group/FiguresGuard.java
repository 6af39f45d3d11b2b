package no.saman.reports.group;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import no.saman.reports.format.IndicatorFormat;

/**
 * Refuses group figures that would break the anonymity rule, so that a caller's bug cannot leak the
 * figures of a group below the threshold into a report.
 */
public final class FiguresGuard {

  private FiguresGuard() {}

  /** Checks a group of a table: suppressed with no figure, or shown with at least k responses. */
  public static void requireShowable(GroupFigures group, int threshold, String what) {
    require(group, what);
    require(group.name(), what + ".name");
    group.values().keySet().forEach(IndicatorFormat::byId);
    if (group.suppressed()) {
      if (group.responses() != null
          || group.responseRate() != null
          || group.values().values().stream().anyMatch(Objects::nonNull)) {
        throw new IllegalArgumentException(
            what + " (" + group.name() + ") is suppressed but carries figures");
      }
    } else {
      requireEnough(group.responses(), threshold, what + " (" + group.name() + ")");
    }
  }

  /** Checks one wave of a trend the same way; a wave's responses may be unknown. */
  public static void requireShowable(WaveFigures wave, int threshold, String what) {
    require(wave, what);
    require(wave.wave(), what + ".wave");
    wave.values().keySet().forEach(IndicatorFormat::byId);
    if (wave.suppressed()) {
      if (wave.responses() != null || wave.values().values().stream().anyMatch(Objects::nonNull)) {
        throw new IllegalArgumentException(
            what + " (" + wave.wave() + ") is suppressed but carries figures");
      }
    } else if (wave.responses() != null && wave.responses() < threshold) {
      throw belowThreshold(what + " (" + wave.wave() + ")", threshold);
    }
  }

  /** Checks that every id is an indicator the reports know, and that there is at least one. */
  public static void requireIndicators(List<String> indicatorIds) {
    require(indicatorIds, "indicatorIds");
    if (indicatorIds.isEmpty()) {
      throw new IllegalArgumentException("indicatorIds must name at least one indicator");
    }
    indicatorIds.forEach(IndicatorFormat::byId);
  }

  public static void require(Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
  }

  /** Checks that a list is present and holds no null. */
  public static void requireElements(Collection<?> values, String name) {
    require(values, name);
    if (values.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException(name + " must not contain null");
    }
  }

  private static void requireEnough(Integer responses, int threshold, String what) {
    if (responses == null) {
      throw new IllegalArgumentException(what + ": responses is required when not suppressed");
    }
    if (responses < threshold) {
      throw belowThreshold(what, threshold);
    }
  }

  private static IllegalArgumentException belowThreshold(String what, int threshold) {
    return new IllegalArgumentException(
        what
            + " has fewer responses than the anonymity threshold ("
            + threshold
            + ") and must be suppressed");
  }
}
