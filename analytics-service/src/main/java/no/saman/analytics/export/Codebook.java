package no.saman.analytics.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import no.saman.analytics.round.SurveyRound;

/**
 * What an export's columns mean, how missing values are written, and the k the rows were made
 * anonymous for.
 *
 * @param round the round exported, absent for a network's wave
 * @param municipality the round's municipality, absent for a network's wave
 * @param network the network whose wave is exported, absent for a round
 * @param missing how a missing value is written: {@code NA} in CSV (R's default), an empty cell in
 *     XLSX; it stands for not answered, not asked, or withheld for anonymity alike
 * @param csv how the CSV is written
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Codebook(
    @Nullable String round,
    String wave,
    @Nullable String municipality,
    @Nullable String network,
    int k,
    String missing,
    String csv,
    String anonymity,
    List<ExportColumn> columns) {

  static final String NA = "NA";

  static Codebook of(SurveyRound round, ExportLayout layout, int k) {
    return of(round.id(), round.wave(), round.municipality(), null, layout, k);
  }

  static Codebook of(
      String round, String wave, String municipality, String network, ExportLayout layout, int k) {
    return new Codebook(
        round,
        wave,
        municipality,
        network,
        k,
        NA + " in CSV, an empty cell in XLSX: not answered, not asked, or withheld for anonymity",
        "UTF-8 with a byte order mark, comma-separated, CRLF line ends, a header row, '.' as the"
            + " decimal point, text quoted when it holds a comma, quote or line break",
        "one row per response, in an order that says nothing about who answered when; each"
            + " response under the nearest group the results show, every combination of group and"
            + " background columns at least k times; no comment, no date; a network's wave is"
            + " released at municipality level only",
        layout.columns());
  }
}
