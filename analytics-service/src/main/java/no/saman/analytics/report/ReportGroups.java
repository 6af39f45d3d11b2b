package no.saman.analytics.report;

import io.micronaut.core.annotation.Nullable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.saman.analytics.anonymity.Disclosure;
import no.saman.analytics.results.GroupFigures;
import no.saman.reports.group.WaveFigures;

/**
 * A group's disclosure as the reports' group figures: a suppressed group as suppressed with no
 * figure, a shown one with its response count, rate and the values the API shows of the report's
 * indicators; a figure the guard holds back alone is left out and prints "–".
 */
final class ReportGroups {

  private ReportGroups() {}

  static no.saman.reports.group.GroupFigures of(
      String name,
      @Nullable String parent,
      Disclosure<GroupFigures> disclosure,
      List<String> indicatorIds) {
    if (disclosure instanceof Disclosure.Shown<GroupFigures> shown) {
      return new no.saman.reports.group.GroupFigures(
          name,
          false,
          Math.toIntExact(shown.responses()),
          shown.figures().responseRate(),
          values(shown.figures(), indicatorIds),
          parent);
    }
    return new no.saman.reports.group.GroupFigures(name, true, null, null, Map.of(), parent);
  }

  static WaveFigures wave(String wave, Disclosure<GroupFigures> disclosure, List<String> ids) {
    if (disclosure instanceof Disclosure.Shown<GroupFigures> shown) {
      return new WaveFigures(
          wave, false, Math.toIntExact(shown.responses()), values(shown.figures(), ids));
    }
    return new WaveFigures(wave, true, null, Map.of());
  }

  /** Whether the disclosure shows a value of the indicator. */
  static boolean has(Disclosure<GroupFigures> disclosure, String id) {
    return disclosure instanceof Disclosure.Shown<GroupFigures> shown
        && values(shown.figures(), List.of(id)).containsKey(id);
  }

  /** Indicator id → the value the API shows, for the ids the figures have a value of. */
  static Map<String, Double> values(GroupFigures figures, List<String> ids) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (String id : ids) {
      figures.indicators().stream()
          .filter(f -> f.id().equals(id) && f.figure().value() != null)
          .findFirst()
          .ifPresent(f -> values.put(id, f.figure().value()));
    }
    return values;
  }
}
