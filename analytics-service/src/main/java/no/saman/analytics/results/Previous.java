package no.saman.analytics.results;

import io.micronaut.core.annotation.Nullable;
import no.saman.analytics.indicator.Change;

/**
 * An indicator's change since the same group's previous round; withheld when the two rounds' groups
 * differ by fewer than k respondents (domain §6: differencing between rounds).
 *
 * @param change null when withheld
 */
public record Previous(String wave, @Nullable Change change, boolean withheld) {

  /** The reason given for a withheld change. */
  public static final String DIFFERS_BY_FEWER_THAN_K = "differs_by_fewer_than_k";
}
