package no.saman.infra.demo;

import java.util.Random;

/**
 * One demo respondent in latent units: the general work climate they experience and, beside it, one
 * specific factor per {@link Trait} (a bifactor model), plus whether they are one of the few who
 * leave items blank.
 *
 * @param general the unit's general level plus this respondent's deviation from it
 * @param specific by {@link Trait#ordinal()}: the unit's level plus this respondent's deviation
 * @param skipsItems skips each optional item with {@link #SKIP_CHANCE}
 */
record LatentRespondent(double general, double[] specific, boolean skipsItems) {

  /**
   * About one respondent in seven leaves a third of the optional items blank: 5 % of the items in
   * all, and most respondents complete, as in real surveys where item non-response clusters.
   */
  static final double SKIPPER_SHARE = 0.15;

  static final double SKIP_CHANCE = 1.0 / 3;

  double specific(Trait trait) {
    return specific[trait.ordinal()];
  }

  /** Whether this respondent leaves the next optional item blank. */
  boolean skips(Random random) {
    return skipsItems && random.nextDouble() < SKIP_CHANCE;
  }
}
