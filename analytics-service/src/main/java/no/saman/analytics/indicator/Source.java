package no.saman.analytics.indicator;

/** Where an indicator's figures come from. */
public enum Source {
  /** The staff survey's responses. */
  SURVEY,
  /** The municipality's HR/payroll register, imported as CSV. */
  REGISTER
}
