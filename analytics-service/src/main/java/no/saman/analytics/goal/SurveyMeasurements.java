package no.saman.analytics.goal;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.saman.analytics.indicator.Figure;
import no.saman.analytics.indicator.IndicatorCatalogue;
import no.saman.analytics.indicator.IndicatorInfo;
import no.saman.analytics.indicator.Source;
import no.saman.analytics.results.RoundData;
import no.saman.analytics.results.RoundReader;
import no.saman.analytics.results.RoundResults;
import no.saman.analytics.results.TableView;
import no.saman.analytics.round.SurveyRound;

/**
 * A goal's survey figures: its group in each wave the municipality ran after the baseline wave, as
 * the anonymity guard shows it, dated by the wave's first opening.
 */
@Singleton
class SurveyMeasurements implements MeasurementSource {

  private final RoundReader reader;
  private final RoundResults results;

  SurveyMeasurements(RoundReader reader, RoundResults results) {
    this.reader = reader;
    this.results = results;
  }

  @Override
  public boolean handles(String indicator) {
    return IndicatorCatalogue.fixed(indicator).map(IndicatorInfo::source).orElse(Source.SURVEY)
        == Source.SURVEY;
  }

  @Override
  public LocalDate baselineDate(Goal goal) {
    return waves(goal.municipality()).get(goal.baselineWave());
  }

  @Override
  public List<GoalProgress.Measurement> after(Goal goal, LocalDate baseline) {
    List<GoalProgress.Measurement> measurements = new ArrayList<>();
    waves(goal.municipality())
        .forEach(
            (wave, opened) -> {
              if (!opened.isAfter(baseline) || wave.equals(goal.baselineWave())) {
                return;
              }
              measurements.add(new GoalProgress.Measurement(wave, opened, value(goal, wave)));
            });
    return measurements;
  }

  private Double value(Goal goal, String wave) {
    RoundData data = reader.readWave(goal.municipality(), wave, null).orElse(null);
    if (data == null) {
      return null;
    }
    TableView table = results.table(data);
    int row = goal.unit() == null ? 0 : table.tree().row(goal.unit());
    if (row < 0) {
      return null;
    }
    Figure figure = table.shownIndicator(row, 0, goal.indicator());
    return figure == null ? null : figure.value();
  }

  /** Each wave the municipality ran, oldest first, with the date its first round opened. */
  private Map<String, LocalDate> waves(String municipality) {
    List<SurveyRound> rounds = new ArrayList<>(reader.roundsOf(municipality));
    java.util.Collections.reverse(rounds);
    Map<String, LocalDate> waves = new LinkedHashMap<>();
    for (SurveyRound round : rounds) {
      if (round.opens() != null) {
        waves.putIfAbsent(round.wave(), round.opens());
      }
    }
    return waves;
  }
}
