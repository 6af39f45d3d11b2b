package no.saman.analytics.results;

import java.util.Map;
import no.saman.analytics.indicator.Figure;

/**
 * A group's register figures for the quarter beside a round (domain §5), as far as the guard shows
 * them.
 *
 * @param period the quarter, e.g. 2013Q3
 */
public record RegisterBlock(String period, Map<String, Figure> figures) {

  public RegisterBlock {
    figures = Map.copyOf(figures);
  }
}
