package no.saman.analytics.report;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import no.saman.analytics.anonymity.Disclosure;
import no.saman.analytics.results.DisclosedGroup;
import no.saman.analytics.results.GroupFigures;
import no.saman.reports.unit.UnitReportModel;
import no.saman.reports.unit.UnitReportModel.IndicatorRow;
import no.saman.reports.unit.UnitReportModel.PositionSizeBand;

/**
 * Builds the unit report's model from the same guarded group the results API shows, so a report can
 * never say more than the API.
 */
@Singleton
class UnitReportModels {

  /** The indicators the unit report shows, in its order. */
  static final List<String> REPORTED =
      List.of("avg_position_size", "wants_larger_share", "hidden_fte");

  private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

  UnitReportModel of(DisclosedGroup group) {
    String municipalityName = group.named() == null ? group.municipality() : group.named().name();
    String unitName = group.name() == null ? group.unit() : group.name();
    String title = group.round().title() == null ? group.round().id() : group.round().title();
    LocalDate today = LocalDate.now(NORWAY);
    if (group.disclosure() instanceof Disclosure.Shown<GroupFigures> shown) {
      GroupFigures figures = shown.figures();
      return new UnitReportModel(
          municipalityName,
          unitName,
          title,
          group.round().wave(),
          false,
          Math.toIntExact(shown.responses()),
          figures.responseRate(),
          rows(figures),
          figures.positionSizes().stream()
              .map(b -> new PositionSizeBand(b.label(), b.current(), b.desired()))
              .toList(),
          today);
    }
    return new UnitReportModel(
        municipalityName,
        unitName,
        title,
        group.round().wave(),
        true,
        null,
        null,
        REPORTED.stream().map(id -> new IndicatorRow(id, null, null)).toList(),
        List.of(),
        today);
  }

  private static List<IndicatorRow> rows(GroupFigures figures) {
    return REPORTED.stream()
        .map(
            id ->
                figures.indicators().stream()
                    .filter(f -> f.id().equals(id))
                    .findFirst()
                    .map(
                        f ->
                            new IndicatorRow(
                                id, f.figure().rounded(), f.compare().get("municipality")))
                    .orElse(new IndicatorRow(id, null, null)))
        .toList();
  }

  /**
   * The municipality's målform for its reports: nynorsk or bokmål; neutral and unknown → bokmål.
   */
  static Locale defaultLanguage(DisclosedGroup group) {
    boolean nynorsk = group.named() != null && "nn".equals(group.named().language());
    return Locale.forLanguageTag(nynorsk ? "nn" : "nb");
  }
}
