package no.saman.infra.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's goals, set in analytics-service once the organisation has arrived there: Fræna's
 * project goals (domain.md §4: a larger average position, fewer wanting a larger one) measured from
 * the 2012 wave, one for Institusjonstenesta, and one for Molde so that the network report shows
 * goal status for more than one municipality. Deadlines are counted from today, since the demo's
 * rounds run now whatever their wave labels say, so that on-track status means something.
 */
public final class DemoGoals {

  /**
   * One goal; baselines are the demo's own 2012 figures (Fræna 7180 / 105 = 68.38 %, 51 of 105
   * wanting more; Institusjonstenesta 2780 / 50 = 55.6 %; Molde 52 of 130 wanting more).
   */
  record Goal(
      String municipality,
      String unit,
      String indicator,
      double baseline,
      double target,
      int yearsToDeadline) {}

  static final List<Goal> GOALS =
      List.of(
          new Goal(DemoData.MUNICIPALITY, null, "avg_position_size", 68.38, 75, 3),
          new Goal(DemoData.MUNICIPALITY, null, "wants_larger_share", 0.49, 0.20, 3),
          new Goal(DemoData.MUNICIPALITY, DemoData.INSTITUTIONS, "avg_position_size", 55.6, 65, 2),
          new Goal("1502", null, "wants_larger_share", 0.40, 0.25, 2));

  private DemoGoals() {}

  /** Creates the goals as the administrator, with deadlines counted from today by {@code clock}. */
  public static int create(JsonHttp analytics, Clock clock) {
    LocalDate today = LocalDate.now(clock);
    for (Goal goal : GOALS) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("municipality", goal.municipality());
      body.put("unit", goal.unit());
      body.put("indicator", goal.indicator());
      body.put("baseline", goal.baseline());
      body.put("baselineWave", DemoOrganisation.EARLIER_WAVE);
      body.put("target", goal.target());
      body.put("deadline", today.plusYears(goal.yearsToDeadline()).toString());
      analytics.ok(analytics.post("/api/goals", body), "Setting a goal for " + goal.indicator());
    }
    return GOALS.size();
  }
}
