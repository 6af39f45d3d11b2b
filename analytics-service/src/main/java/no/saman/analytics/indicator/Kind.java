package no.saman.analytics.indicator;

/** What sort of figure an indicator is, which decides how a change between rounds is tested. */
public enum Kind {
  /** A number of respondents: no interval. */
  COUNT,
  /** A mean of per-respondent values: Welch's t for changes. */
  MEAN,
  /** A share (0..1) of respondents: a two-proportion interval for changes. */
  SHARE,
  /** A sum or a sum scaled to a population: no interval. */
  TOTAL,
  /** A ratio of a census to a headcount or register days: no sampling interval. */
  RATIO,
  /** A reliability coefficient: no interval. */
  ALPHA,
  /** A distribution over categories: no single value. */
  DISTRIBUTION
}
