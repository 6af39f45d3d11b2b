package no.saman.analytics.grouping;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.saman.analytics.indicator.Figure;
import no.saman.analytics.indicator.SurveyIndicators;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.statistics.GroupStatistics;

/**
 * A comparison group (the network, the county, units of a service type, all participants) pooled,
 * figure by figure, over exactly those members that show the figure: the pool minus its shown
 * members is then nothing, so a comparison never uncovers a suppressed member.
 */
public final class ComparisonPool {

  private ComparisonPool() {}

  /**
   * A shown member of the pool.
   *
   * @param headcount null when not known
   * @param shownFigures the figure ids the guard shows for it
   */
  public record Member(GroupStatistics statistics, Long headcount, Set<String> shownFigures) {}

  /** Each figure of the pool; a figure no member shows is left out. */
  public static Map<String, Figure> of(List<Member> members, Instrument instrument) {
    Map<BitSet, List<String>> bySignature = new LinkedHashMap<>();
    Set<String> ids = new java.util.TreeSet<>();
    members.forEach(m -> ids.addAll(m.shownFigures()));
    for (String id : ids) {
      BitSet signature = new BitSet(members.size());
      for (int i = 0; i < members.size(); i++) {
        if (members.get(i).shownFigures().contains(id)) {
          signature.set(i);
        }
      }
      bySignature.computeIfAbsent(signature, s -> new ArrayList<>()).add(id);
    }
    Map<String, Figure> pooled = new HashMap<>();
    bySignature.forEach(
        (signature, figureIds) -> {
          GroupStatistics.Sum sum = new GroupStatistics.Sum();
          Long headcount = 0L;
          for (int i = signature.nextSetBit(0); i >= 0; i = signature.nextSetBit(i + 1)) {
            Member member = members.get(i);
            sum.add(member.statistics());
            headcount =
                headcount == null || member.headcount() == null
                    ? null
                    : headcount + member.headcount();
          }
          Map<String, Figure> figures = SurveyIndicators.of(sum.total(), headcount, instrument);
          for (String id : figureIds) {
            if (figures.containsKey(id)) {
              pooled.put(id, figures.get(id));
            }
          }
        });
    return pooled;
  }
}
