package no.saman.infra.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A unit's latent model for the demo: its general climate and trait levels, and how its outcomes —
 * competence use (K1), intention to stay (N6) and wanting a larger position — depend on the
 * drivers: moderately, partly through the general climate and most through one key trait drawn per
 * unit, so that where to act differs from unit to unit.
 *
 * @param generalLevel the unit's general climate in this wave, in latent units (the demo's climate,
 *     −1 … +1)
 * @param traitLevels by {@link Trait#ordinal()}: the unit's strengths and weaknesses beside it
 * @param competenceKey the trait that matters most for competence use here
 * @param stayKey the trait that matters most for intention to stay here
 * @param positionKey the trait whose lack most makes part-timers here want a larger position
 */
record DemoLatentModel(
    double generalLevel,
    double[] traitLevels,
    Trait competenceKey,
    Trait stayKey,
    Trait positionKey) {

  private static final Trait[] TRAITS = Trait.values();

  /** Upper bounds of the N1 bands on the latent scale: 30, 55, 73, 85 and 93 % below. */
  private static final double[] ABSENCE_CUTS = {-0.524, 0.126, 0.613, 1.036, 1.476};

  private static final String[] ABSENCE_BANDS = {"0", "1-3", "4-7", "8-14", "15-30", "31_plus"};

  /**
   * @param climate the unit's climate in this wave
   * @param unit the unit's own random source: its strengths and key traits in every wave
   */
  static DemoLatentModel of(double climate, Random unit) {
    double[] levels = new double[TRAITS.length];
    for (int t = 0; t < levels.length; t++) {
      levels[t] = 0.35 * unit.nextGaussian();
    }
    return new DemoLatentModel(
        climate,
        levels,
        TRAITS[unit.nextInt(TRAITS.length)],
        TRAITS[unit.nextInt(TRAITS.length)],
        TRAITS[unit.nextInt(TRAITS.length)]);
  }

  /**
   * The unit's respondents. Each latent factor's deviations are standardised within the unit (mean
   * 0, standard deviation 1), so that even a unit of 16 shows the model's structure rather than a
   * sampling accident in its spread.
   */
  List<LatentRespondent> respondents(int n, Random random) {
    double[] general = standardised(n, random);
    double[][] specific = new double[TRAITS.length][];
    for (int t = 0; t < TRAITS.length; t++) {
      specific[t] = standardised(n, random);
    }
    List<LatentRespondent> respondents = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double[] own = new double[TRAITS.length];
      for (int t = 0; t < TRAITS.length; t++) {
        own[t] = traitLevels[t] + specific[t][i];
      }
      boolean skips = random.nextDouble() < LatentRespondent.SKIPPER_SHARE;
      respondents.add(new LatentRespondent(generalLevel + general[i], own, skips));
    }
    return respondents;
  }

  /** K1 on 1–5: about 20 % answer 5 and a third 3 or less, as nationally (domain.md §4). */
  int competenceUse(LatentRespondent respondent, Random random) {
    return ScaleItem.ordinal(3.75, outcome(respondent, competenceKey, random));
  }

  /** N6 on 1–5; part-timers who want a larger position are less likely to stay. */
  int intentionToStay(LatentRespondent respondent, boolean wantsLarger, Random random) {
    double latent = outcome(respondent, stayKey, random) - (wantsLarger ? 0.45 : 0);
    return ScaleItem.ordinal(4.1, latent);
  }

  /**
   * How strongly a respondent wants a larger position: more in a small position and under a poor
   * climate; only the order within the unit counts.
   */
  double positionPropensity(LatentRespondent respondent, int currentSize, Random random) {
    return -0.25 * respondent.general()
        - 0.4 * respondent.specific(positionKey)
        + 0.012 * (100 - currentSize)
        + 0.8 * random.nextGaussian();
  }

  /** N1, the self-reported days of sick leave: fewer under a good climate and engagement. */
  String absence(LatentRespondent respondent, Random random) {
    double latent =
        -0.35 * respondent.general()
            - 0.25 * respondent.specific(Trait.ENGAGEMENT)
            + 0.9 * random.nextGaussian();
    int band = 0;
    while (band < ABSENCE_CUTS.length && latent > ABSENCE_CUTS[band]) {
      band++;
    }
    return ABSENCE_BANDS[band];
  }

  /**
   * 0.3 × general climate + each trait's weight (the key trait's most) + noise, variance 1 within
   * the unit; the unit's climate moves its outcomes further, as it moved the old demo's.
   */
  private double outcome(LatentRespondent respondent, Trait key, Random random) {
    double latent = 0.5 * generalLevel + 0.3 * respondent.general();
    double explained = 0.09;
    for (Trait trait : TRAITS) {
      double weight = trait == key ? 0.5 : trait == Trait.LEADERSHIP ? 0.2 : 0.12;
      latent += weight * respondent.specific(trait);
      explained += weight * weight;
    }
    return latent + Math.sqrt(1 - explained) * random.nextGaussian();
  }

  private static double[] standardised(int n, Random random) {
    double[] x = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      x[i] = random.nextGaussian();
      sum += x[i];
    }
    double mean = sum / n;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      x[i] -= mean;
      squares += x[i] * x[i];
    }
    double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
    for (int i = 0; i < n; i++) {
      x[i] = sd > 0 ? x[i] / sd : 0;
    }
    return x;
  }
}
