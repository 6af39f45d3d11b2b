package no.saman.analytics.recruitment;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import no.saman.analytics.grouping.GroupTree;
import no.saman.analytics.indicator.Figure;
import no.saman.analytics.problem.ProblemException;
import no.saman.analytics.results.GroupResult;
import no.saman.analytics.results.RoundData;
import no.saman.analytics.results.RoundReader;
import no.saman.analytics.results.RoundResults;
import no.saman.analytics.results.TableView;

/** The recruitment scenario from the group's figures as the anonymity guard shows them. */
@Singleton
public class RecruitmentService {

  /** A need beyond this many FTE is no municipality's: a typing error. */
  public static final double LARGEST_NEED = 100_000;

  private final RoundReader reader;
  private final RoundResults results;

  RecruitmentService(RoundReader reader, RoundResults results) {
    this.reader = reader;
    this.results = results;
  }

  /**
   * @param unit null for the whole municipality
   * @param need FTE needed, null for the hidden reserve only
   * @throws ProblemException 404 for an unknown round or unit
   */
  public RecruitmentView scenario(String roundId, @Nullable String unit, @Nullable Double need) {
    RoundData data = reader.read(roundId, null);
    TableView table = results.table(data);
    int row = RoundResults.rowOf(table, data, roundId, unit);
    GroupTree.Node node = table.tree().nodes().get(row);
    GroupResult.Group group = new GroupResult.Group(data.municipalityCode(), unit, node.name());
    String wave = data.latest().wave();
    if (!table.shown(row, 0)) {
      return RecruitmentView.withheld(roundId, wave, group, "too_few_responses");
    }
    Figure average = table.shownIndicator(row, 0, "avg_position_size");
    Figure hidden = table.shownIndicator(row, 0, "hidden_fte_est");
    Long headcount = node.headcount();
    if (average == null
        || average.value() == null
        || hidden == null
        || hidden.value() == null
        || headcount == null
        || headcount <= 0) {
      return RecruitmentView.withheld(roundId, wave, group, "not_available");
    }
    RecruitmentScenario scenario =
        new RecruitmentScenario(headcount, average.value(), hidden.value());
    return RecruitmentView.of(roundId, wave, group, scenario, need);
  }
}
