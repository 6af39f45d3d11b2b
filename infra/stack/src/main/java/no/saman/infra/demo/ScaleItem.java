package no.saman.infra.demo;

import java.util.List;
import java.util.Random;

/**
 * A 1–5 item of the catalogue as a noisy ordinal reading of a respondent's latent traits: its
 * latent value is {@code general × g + specific × s(trait) + noise}, with unit variance within a
 * unit, rounded on the item's scale around its typical mean and cut at 1 and 5 — which gives the
 * ceiling-heavy, left-skewed distributions of real agreement items.
 *
 * @param id the catalogue's item id
 * @param module the catalogue's module id
 * @param trait the specific trait it reads
 * @param general its loading on the general work climate
 * @param specific its loading on its trait
 * @param mean its typical mean on 1–5 in a unit of average climate
 * @param reverse agreement means less of the trait (scored 6 − x by the catalogue)
 */
record ScaleItem(
    String id,
    String module,
    Trait trait,
    double general,
    double specific,
    double mean,
    boolean reverse) {

  /** How wide an item's answers spread, in scale points per latent unit. */
  static final double SPREAD = 0.95;

  /**
   * The driver items of the demo's modules. The leadership items share more with their own trait
   * than the competence and presence items, which each read a different trait and hang together
   * mainly through the general climate, as the catalogue's indices across drivers do.
   */
  static final List<ScaleItem> ALL =
      List.of(
          competence("K2", Trait.LEADERSHIP, 3.6),
          competence("K3", Trait.ROLE_CLARITY, 4.1),
          competence("K4", Trait.ENGAGEMENT, 4.2),
          competence("K5", Trait.AUTONOMY, 3.7),
          competence("K6", Trait.ENGAGEMENT, 3.8),
          leadership("L1", 3.6),
          leadership("L2", 3.4),
          leadership("L3", 3.4),
          leadership("L4", 3.5),
          leadership("L5", 3.3),
          leadership("L6", 2.9),
          leadership("L7", 3.5),
          presence("N2", Trait.LEADERSHIP, 3.9, false),
          presence("N3", Trait.AUTONOMY, 3.3, false),
          presence("N4", Trait.ROLE_CLARITY, 2.9, true),
          presence("N5", Trait.ENGAGEMENT, 4.3, false));

  private static ScaleItem leadership(String id, double mean) {
    return new ScaleItem(id, "LEIING", Trait.LEADERSHIP, 0.6, 0.46, mean, false);
  }

  private static ScaleItem competence(String id, Trait trait, double mean) {
    return new ScaleItem(id, "KOMPETANSE", trait, 0.81, 0.32, mean, false);
  }

  private static ScaleItem presence(String id, Trait trait, double mean, boolean reverse) {
    return new ScaleItem(id, "NÆRVÆR", trait, 0.85, 0.28, mean, reverse);
  }

  /** This respondent's answer, 1–5. */
  int read(LatentRespondent respondent, Random random) {
    double noise = Math.sqrt(1 - general * general - specific * specific) * random.nextGaussian();
    double latent = general * respondent.general() + specific * respondent.specific(trait) + noise;
    return ordinal(mean, reverse ? -latent : latent);
  }

  /** A latent value on 1–5 around {@code mean}. */
  static int ordinal(double mean, double latent) {
    long value = Math.round(mean + SPREAD * latent);
    return (int) Math.max(1, Math.min(5, value));
  }
}
