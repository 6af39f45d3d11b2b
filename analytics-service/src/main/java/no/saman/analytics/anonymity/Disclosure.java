package no.saman.analytics.anonymity;

/**
 * What may be said about a group: either its response count and figures, or only that it has too
 * few responses; the suppressed case carries nothing that could be subtracted or compared.
 *
 * @param <T> the figures of a shown group
 */
public sealed interface Disclosure<T> {

  /** The reason given for every suppressed group. */
  String TOO_FEW_RESPONSES = "too_few_responses";

  /** A group at or above the threshold. */
  record Shown<T>(long responses, T figures) implements Disclosure<T> {}

  /** A group below the threshold: no count, no figures. */
  record Suppressed<T>(String reason) implements Disclosure<T> {}
}
