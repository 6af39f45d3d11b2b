package no.saman.reports.unit;

import java.util.List;
import java.util.function.UnaryOperator;
import no.saman.reports.goal.Goal;

/** Copies a unit model with some components changed, so each test names only what it varies. */
final class UnitModels {

  private UnitModels() {}

  static UnitReportModel with(UnitReportModel model, UnaryOperator<Builder> change) {
    return change.apply(new Builder(model)).build();
  }

  /** The components of a model, to be changed one at a time. */
  static final class Builder {
    private final UnitReportModel m;
    private Integer responses;
    private Double responseRate;
    private String previousWave;
    private List<UnitReportModel.IndicatorRow> indicators;
    private List<UnitReportModel.PositionSizeBand> positionSizes;
    private List<UnitReportModel.CompetenceUseShare> competenceUse;
    private List<UnitReportModel.ItemScore> leadershipItems;
    private List<UnitReportModel.IndicatorRow> scaleIndices;
    private List<Goal> goals;
    private List<UnitReportModel.Comment> comments;

    Builder(UnitReportModel m) {
      this.m = m;
      this.responses = m.responses();
      this.responseRate = m.responseRate();
      this.previousWave = m.previousWave();
      this.indicators = m.indicators();
      this.positionSizes = m.positionSizes();
      this.competenceUse = m.competenceUse();
      this.leadershipItems = m.leadershipItems();
      this.scaleIndices = m.scaleIndices();
      this.goals = m.goals();
      this.comments = m.comments();
    }

    Builder responses(Integer value) {
      responses = value;
      return this;
    }

    Builder responseRate(Double value) {
      responseRate = value;
      return this;
    }

    Builder previousWave(String value) {
      previousWave = value;
      return this;
    }

    Builder indicators(List<UnitReportModel.IndicatorRow> value) {
      indicators = value;
      return this;
    }

    Builder positionSizes(List<UnitReportModel.PositionSizeBand> value) {
      positionSizes = value;
      return this;
    }

    Builder competenceUse(List<UnitReportModel.CompetenceUseShare> value) {
      competenceUse = value;
      return this;
    }

    Builder leadershipItems(List<UnitReportModel.ItemScore> value) {
      leadershipItems = value;
      return this;
    }

    Builder scaleIndices(List<UnitReportModel.IndicatorRow> value) {
      scaleIndices = value;
      return this;
    }

    Builder goals(List<Goal> value) {
      goals = value;
      return this;
    }

    Builder comments(List<UnitReportModel.Comment> value) {
      comments = value;
      return this;
    }

    UnitReportModel build() {
      return new UnitReportModel(
          m.municipalityName(),
          m.unitName(),
          m.roundTitle(),
          m.wave(),
          m.suppressed(),
          responses,
          responseRate,
          indicators,
          positionSizes,
          m.generatedOn(),
          m.serviceType(),
          previousWave,
          competenceUse,
          leadershipItems,
          scaleIndices,
          goals,
          comments);
    }
  }
}
