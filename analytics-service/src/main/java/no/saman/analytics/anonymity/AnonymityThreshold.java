package no.saman.analytics.anonymity;

import java.util.function.Supplier;

/**
 * The one place that decides whether a group's figures may be shown (domain §6): never for fewer
 * than k responses, and k is never below 3.
 */
public final class AnonymityThreshold {

  /** The lowest threshold any deployment may use (KS 10-FAKTOR's unit threshold). */
  public static final int LOWEST_K = 3;

  private final int k;

  public AnonymityThreshold(int k) {
    if (k < LOWEST_K) {
      throw new IllegalArgumentException(
          "The anonymity threshold k must be at least " + LOWEST_K + ", was " + k);
    }
    this.k = k;
  }

  public int k() {
    return k;
  }

  /** Whether a figure resting on {@code responses} respondents may be shown. */
  public boolean permits(long responses) {
    return responses >= k;
  }

  /**
   * The group as it may be disclosed; {@code figures} is only computed for a group that may be
   * shown.
   */
  public <T> Disclosure<T> disclose(long responses, Supplier<T> figures) {
    if (!permits(responses)) {
      return new Disclosure.Suppressed<>(Disclosure.TOO_FEW_RESPONSES);
    }
    return new Disclosure.Shown<>(responses, figures.get());
  }
}
