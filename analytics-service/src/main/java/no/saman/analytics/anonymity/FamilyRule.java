package no.saman.analytics.anonymity;

/**
 * The differencing rule for one family — a shown parent and its children (sub-units, or the
 * categories of a background dimension): when exactly one child with responses is suppressed and
 * the children make up the whole parent, the smallest shown sibling is suppressed too; and while
 * the part of the parent the known children do not cover (suppressed children plus respondents in
 * no child — a unit's own respondents, or those without that background) is above zero but below k,
 * the smallest shown sibling is suppressed as well. Afterwards parent − known children is either
 * nothing or a pool of at least k respondents, and never one suppressed child alone; when no shown
 * sibling is left to make it so, the caller must deal with the parent.
 */
final class FamilyRule {

  /** A child whose figures may not be shown. */
  static final byte HIDDEN = 0;

  /** A child whose figures are shown. */
  static final byte SHOWN = 1;

  /**
   * A child not shown but known anyway (it equals its row's shown total): it covers, it hides
   * nothing.
   */
  static final byte KNOWN = 2;

  /** What applying the rule came to. */
  enum Outcome {
    UNCHANGED,
    CHILDREN_SUPPRESSED,
    /** No shown sibling was left to suppress: one hidden child stays recoverable. */
    PARENT_EXPOSES_A_CHILD
  }

  private FamilyRule() {}

  /**
   * Applies the rule to the children of a shown parent.
   *
   * @param parent the parent's count
   * @param children each child's count
   * @param state each child's {@link #HIDDEN}, {@link #SHOWN} or {@link #KNOWN}; suppressions are
   *     written into it
   */
  static Outcome apply(long parent, long[] children, byte[] state, int k) {
    long covered = 0;
    long all = 0;
    int hiddenWithData = 0;
    for (int i = 0; i < children.length; i++) {
      all += children[i];
      if (state[i] != HIDDEN) {
        covered += children[i];
      } else if (children[i] > 0) {
        hiddenWithData++;
      }
    }
    Outcome outcome = Outcome.UNCHANGED;
    if (hiddenWithData == 1 && all == parent) {
      int smallest = smallestShown(children, state);
      if (smallest < 0) {
        return Outcome.PARENT_EXPOSES_A_CHILD;
      }
      state[smallest] = HIDDEN;
      covered -= children[smallest];
      outcome = Outcome.CHILDREN_SUPPRESSED;
    }
    long hidden = parent - covered;
    while (hidden > 0 && hidden < k) {
      int smallest = smallestShown(children, state);
      if (smallest < 0) {
        return Outcome.PARENT_EXPOSES_A_CHILD;
      }
      state[smallest] = HIDDEN;
      hidden += children[smallest];
      outcome = Outcome.CHILDREN_SUPPRESSED;
    }
    return outcome;
  }

  /** The shown child with the fewest responses (the first one on a tie), −1 when none is shown. */
  private static int smallestShown(long[] children, byte[] state) {
    int smallest = -1;
    for (int i = 0; i < children.length; i++) {
      if (state[i] == SHOWN && (smallest < 0 || children[i] < children[smallest])) {
        smallest = i;
      }
    }
    return smallest;
  }
}
