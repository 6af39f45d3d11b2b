package no.saman.analytics.statistics;

/**
 * The names of the measures kept per (round, unit, segment): every numeric item under its own id,
 * the per-respondent position measures, and per index its score and its complete-case sums for
 * Cronbach's alpha.
 */
public final class Measures {

  /** Per respondent the mean of the answered (reverse-scored) items, when enough are answered. */
  public static final String INDEX_PREFIX = "index:";

  /** Over complete cases (every item answered): the total score T = Σ scored items. */
  public static final String ALPHA_PREFIX = "alpha:";

  private Measures() {}

  /** The per-respondent index score of an index. */
  public static String index(String indexId) {
    return INDEX_PREFIX + indexId;
  }

  /** The complete-case total score of an index: n, ΣT, ΣT². */
  public static String alphaTotal(String indexId) {
    return ALPHA_PREFIX + indexId;
  }

  /** One item's scored value over the index's complete cases: n, Σx, Σx². */
  public static String alphaItem(String indexId, String item) {
    return ALPHA_PREFIX + indexId + ":" + item;
  }
}
