package no.saman.survey.round;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** How far a round has come: per unit, how many were asked, invited and have answered. */
@Serdeable
public record RoundProgress(
    String round,
    int headcount,
    int invited,
    int submitted,
    @Nullable Double responseRate,
    List<UnitProgress> units) {

  /** One unit's progress; the rate is submitted / headcount, absent when the headcount is 0. */
  @Serdeable
  public record UnitProgress(
      String unit,
      String name,
      int headcount,
      int invited,
      int submitted,
      @Nullable Double responseRate) {}

  static Double rate(int submitted, int headcount) {
    return headcount == 0 ? null : Math.round(submitted * 1000.0 / headcount) / 1000.0;
  }
}
