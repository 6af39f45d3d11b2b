package no.saman.reports.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the printed invitation letters of one unit say: one letter per link, each link a one-time
 * anonymous token that nobody else holds.
 *
 * @param deadline the round's last day to answer, a date in the municipality's time zone
 * @param links the respondent links, {@code <public url>/s/<token>}, one per letter
 */
public record LetterModel(
    String municipalityName,
    String unitName,
    String roundTitle,
    LocalDate deadline,
    List<String> links) {

  public LetterModel {
    Objects.requireNonNull(municipalityName, "municipalityName");
    Objects.requireNonNull(unitName, "unitName");
    Objects.requireNonNull(roundTitle, "roundTitle");
    Objects.requireNonNull(deadline, "deadline");
    links = List.copyOf(links);
    if (links.isEmpty()) {
      throw new IllegalArgumentException("At least one link is needed for a letter");
    }
  }
}
