package no.saman.analytics.recruitment;

/**
 * KS's recruitment model for one group: how much of a stated need for more full-time equivalents
 * the employees' own wishes for larger positions would cover, and the average position size at
 * which today's staff would cover all of it.
 *
 * @param headcount employees of the group
 * @param averageNow the group's average position size today, in percent (mean H1)
 * @param hiddenFte the FTE the employees would like to add, estimated for the whole headcount
 *     (hidden_fte_est)
 */
public record RecruitmentScenario(long headcount, double averageNow, double hiddenFte) {

  /** Today's FTE: average position size × headcount. */
  public double fteNow() {
    return averageNow / 100 * headcount;
  }

  /** The FTE if every wish for a larger position were met. */
  public double fteIfWishesMet() {
    return fteNow() + hiddenFte;
  }

  /** The average position size if every wish were met, in percent. */
  public double averageIfWishesMet() {
    return fteIfWishesMet() / headcount * 100;
  }

  /** The hidden reserve as whole full-time positions that need not be advertised. */
  public long positionsNotAdvertised() {
    return (long) Math.floor(hiddenFte + 1e-9);
  }

  /** The share of a need of {@code need} FTE the wishes cover: min(N, hidden) / N. */
  public double coveredShare(double need) {
    return Math.min(need, hiddenFte) / need;
  }

  /** The average position size at which today's staff would cover the need: (FTE + N) / heads. */
  public double averageToCover(double need) {
    return (fteNow() + need) / headcount * 100;
  }
}
