package no.saman.survey.organisation.importing;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of an organisation file and the header names each goes by in bokmål, nynorsk and
 * English, as HR and payroll systems export them (case, spaces, _ and - do not matter).
 */
public enum ImportColumns {
  CODE(
      "code",
      true,
      List.of(
          "unit code",
          "code",
          "unit",
          "unit id",
          "einingskode",
          "enhetskode",
          "kode",
          "avdelingskode")),
  NAME(
      "name",
      true,
      List.of("name", "unit name", "namn", "einingsnamn", "navn", "enhetsnavn", "avdelingsnavn")),
  PARENT(
      "parent",
      false,
      List.of(
          "parent",
          "parent code",
          "parent unit",
          "parent unit code",
          "overordna",
          "overordna eining",
          "overordna einingskode",
          "overordnet",
          "overordnet enhet",
          "overordnet enhetskode",
          "forelder")),
  HEADCOUNT(
      "headcount",
      true,
      List.of(
          "headcount",
          "employees",
          "number of employees",
          "tilsette",
          "tal tilsette",
          "talet på tilsette",
          "tal på tilsette",
          "ansatte",
          "antall ansatte")),
  TYPE(
      "type",
      true,
      List.of("service type", "type", "tenestetype", "tjenestetype", "teneste", "tjeneste"));

  /** The name the API uses for the column in {@code rejected[].field}. */
  public final String field;

  final boolean required;
  private final List<String> names;

  ImportColumns(String field, boolean required, List<String> names) {
    this.field = field;
    this.required = required;
    this.names = names;
  }

  /** The column a header name stands for. */
  static Optional<ImportColumns> of(String header) {
    String name = normalise(header);
    for (ImportColumns column : values()) {
      if (column.names.contains(name)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  /**
   * Where each column is in the header row; unknown header names are ignored (an export often has
   * more columns than these).
   */
  static Map<ImportColumns, Integer> positions(List<String> header) {
    Map<ImportColumns, Integer> positions = new EnumMap<>(ImportColumns.class);
    for (int i = 0; i < header.size(); i++) {
      int index = i;
      of(header.get(i)).ifPresent(column -> positions.putIfAbsent(column, index));
    }
    return positions;
  }

  static String normalise(String header) {
    String text = Normalizer.normalize(header.strip(), Normalizer.Form.NFC);
    return text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]+", " ").strip();
  }
}
