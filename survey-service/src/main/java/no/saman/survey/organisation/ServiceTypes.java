package no.saman.survey.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The service types a unit can be compared by (domain.md §2), as codes, and the words HR files use
 * for them in bokmål, nynorsk and English.
 */
public final class ServiceTypes {

  public static final List<String> CODES =
      List.of(
          "barnehage",
          "skole",
          "sfo",
          "sjukeheim",
          "heimeteneste",
          "bufellesskap",
          "dagtilbod",
          "helsestasjon",
          "legeteneste",
          "psykisk_helse_rus",
          "nav",
          "kultur",
          "teknisk",
          "administrasjon",
          "anna");

  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("skule", "skole"),
          Map.entry("school", "skole"),
          Map.entry("kindergarten", "barnehage"),
          Map.entry("sykehjem", "sjukeheim"),
          Map.entry("nursing home", "sjukeheim"),
          Map.entry("hjemmetjeneste", "heimeteneste"),
          Map.entry("hjemmetjenesten", "heimeteneste"),
          Map.entry("heimetenesta", "heimeteneste"),
          Map.entry("home care", "heimeteneste"),
          Map.entry("bofellesskap", "bufellesskap"),
          Map.entry("dagtilbud", "dagtilbod"),
          Map.entry("day centre", "dagtilbod"),
          Map.entry("legetjeneste", "legeteneste"),
          Map.entry("administration", "administrasjon"),
          Map.entry("annet", "anna"),
          Map.entry("other", "anna"));

  private ServiceTypes() {}

  /** The code a file's word stands for, if any. */
  public static Optional<String> code(String word) {
    String key = word.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    if (CODES.contains(key)) {
      return Optional.of(key);
    }
    return Optional.ofNullable(ALIASES.get(key.replace('_', ' ')));
  }
}
