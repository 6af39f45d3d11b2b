package no.saman.analytics.anonymity;

/**
 * The thresholds of domain §6: no figure of a group with fewer than k responses (k never below 3),
 * and no comment of a group with fewer than the comment threshold (never below k).
 */
public final class AnonymityThreshold {

  /** The lowest threshold any deployment may use (KS 10-FAKTOR's unit threshold). */
  public static final int LOWEST_K = 3;

  /** The comment threshold unless a deployment sets another. */
  public static final int DEFAULT_COMMENT_K = 10;

  private final int k;
  private final int commentK;

  /** A threshold k with comments at the default comment threshold, or at k if that is higher. */
  public AnonymityThreshold(int k) {
    this(k, Math.max(k, DEFAULT_COMMENT_K));
  }

  public AnonymityThreshold(int k, int commentK) {
    if (k < LOWEST_K) {
      throw new IllegalArgumentException(
          "The anonymity threshold k must be at least " + LOWEST_K + ", was " + k);
    }
    if (commentK < k) {
      throw new IllegalArgumentException(
          "The comment threshold must be at least k (" + k + "), was " + commentK);
    }
    this.k = k;
    this.commentK = commentK;
  }

  public int k() {
    return k;
  }

  public int commentK() {
    return commentK;
  }
}
