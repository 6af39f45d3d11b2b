package no.saman.analytics.register;

import java.util.LinkedHashMap;
import java.util.Map;
import no.saman.analytics.indicator.Figure;
import no.saman.analytics.indicator.Kind;

/**
 * The register indicators of domain §5 for one group and quarter, from its units' summed days:
 * sick_leave_pct = lost / agreed × 100 with its self-/doctor-certified and short/long parts,
 * presence_pct = 100 − sick_leave_pct, and long_term_healthy_share = long-term healthy / employees
 * with at least 3 years' tenure (which rests on those employees and so obeys the threshold).
 */
public final class RegisterIndicators {

  private RegisterIndicators() {}

  /** The group's register figures; without agreed days none, without tenured employees no share. */
  public static Map<String, Figure> of(SickLeave s) {
    Map<String, Figure> figures = new LinkedHashMap<>();
    if (s.agreedDays() > 0) {
      double lost = s.lostSelfCertified() + s.lostDoctor();
      double pct = lost / s.agreedDays() * 100;
      put(figures, "sick_leave_pct", pct, 0);
      put(
          figures,
          "sick_leave_self_certified_pct",
          s.lostSelfCertified() / s.agreedDays() * 100,
          0);
      put(figures, "sick_leave_doctor_certified_pct", s.lostDoctor() / s.agreedDays() * 100, 0);
      put(figures, "sick_leave_short_pct", s.lostShort() / s.agreedDays() * 100, 0);
      put(figures, "sick_leave_long_pct", s.lostLong() / s.agreedDays() * 100, 0);
      put(figures, "presence_pct", 100 - pct, 0);
    }
    if (s.headcountThreeYears() > 0) {
      put(
          figures,
          "long_term_healthy_share",
          (double) s.longTermHealthy() / s.headcountThreeYears(),
          s.headcountThreeYears());
    }
    return figures;
  }

  /** Whether the figure rests on counted persons, so that the anonymity threshold applies. */
  public static boolean restsOnPersons(String id) {
    return "long_term_healthy_share".equals(id);
  }

  private static void put(Map<String, Figure> figures, String id, double value, long basis) {
    figures.put(id, new Figure(id, Kind.RATIO, value, basis, Double.NaN, Map.of()));
  }
}
