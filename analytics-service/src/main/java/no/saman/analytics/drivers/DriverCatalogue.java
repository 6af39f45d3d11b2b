package no.saman.analytics.drivers;

import java.util.List;
import java.util.Optional;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.instrument.Item;
import no.saman.analytics.instrument.ScaleIndex;
import no.saman.analytics.statistics.Measures;
import no.saman.analytics.statistics.ResponseMeasures;

/**
 * The outcomes and the candidate drivers of Lai's model of competence mobilisation (domain §4): a
 * driver is used when the round asks it, an index from its per-respondent score, an item from its
 * (reverse-scored) answer.
 */
final class DriverCatalogue {

  /** Competence use, intention to stay, wanting a larger position. */
  static final List<String> OUTCOMES = List.of("K1", "N6", "wants_larger");

  /** The drivers in display order: the leadership index, KOMPETANSE K2–K6, NÆRVÆR N2–N5. */
  static final List<String> DRIVERS =
      List.of("mastery_leadership_index", "K2", "K3", "K4", "K5", "K6", "N2", "N3", "N4", "N5");

  private DriverCatalogue() {}

  /** How one variable is read from a response, and its scale for the 0–100 form. */
  record Variable(String id, String measure, Item item, double min, double max) {

    /** The respondent's value, null when not answered. */
    Double value(ResponseMeasures measures) {
      if (item == null) {
        return measures.values().get(measure);
      }
      Integer answer = measures.histogram().get(measure);
      return answer == null ? null : item.scored(answer);
    }

    /** A mean on the variable's scale as 0–100. */
    double hundred(double mean) {
      return (mean - min) / (max - min) * 100;
    }
  }

  /** The outcome as the round asks it, empty when it does not. */
  static Optional<Variable> outcome(String id, Instrument instrument) {
    if (id.equals("wants_larger")) {
      boolean asked =
          instrument.item(ResponseMeasures.CURRENT_POSITION).isPresent()
              && instrument.item(ResponseMeasures.DESIRED_POSITION).isPresent();
      return asked
          ? Optional.of(new Variable(id, ResponseMeasures.WANTS_LARGER, null, 0, 1))
          : Optional.empty();
    }
    return item(id, instrument);
  }

  /** The drivers the round asks, without the outcome itself. */
  static List<Variable> drivers(Instrument instrument, String outcome) {
    return DRIVERS.stream()
        .filter(id -> !id.equals(outcome))
        .map(id -> id.endsWith("_index") ? index(id, instrument) : item(id, instrument))
        .flatMap(Optional::stream)
        .toList();
  }

  private static Optional<Variable> index(String id, Instrument instrument) {
    Optional<ScaleIndex> index = instrument.index(id);
    Optional<int[]> range = index.flatMap(instrument::range);
    return range.map(r -> new Variable(id, Measures.index(id), null, r[0], r[1]));
  }

  private static Optional<Variable> item(String id, Instrument instrument) {
    return instrument
        .item(id)
        .filter(i -> i.type().isNumeric() && i.min() != null && i.max() != null)
        .filter(i -> i.max() > i.min())
        .map(i -> new Variable(id, id, i, i.min(), i.max()));
  }

  /** Every variable's value for one response, null when any is missing (listwise). */
  static double[] row(ResponseMeasures measures, List<Variable> drivers, Variable outcome) {
    double[] row = new double[drivers.size() + 1];
    for (int j = 0; j < drivers.size(); j++) {
      Double value = drivers.get(j).value(measures);
      if (value == null) {
        return null;
      }
      row[j] = value;
    }
    Double y = outcome.value(measures);
    if (y == null) {
      return null;
    }
    row[drivers.size()] = y;
    return row;
  }
}
