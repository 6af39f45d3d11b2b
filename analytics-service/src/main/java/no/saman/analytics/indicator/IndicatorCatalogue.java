package no.saman.analytics.indicator;

import static no.saman.analytics.indicator.IndicatorInfo.register;
import static no.saman.analytics.indicator.IndicatorInfo.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.saman.analytics.instrument.InstrumentModule;
import no.saman.analytics.instrument.ScaleIndex;

/**
 * Every indicator the service computes, with its names and exact definition (domain §4–5): the
 * fixed survey and register indicators, and for each index of an instrument its score, 0–100 form
 * and Cronbach's alpha.
 */
public final class IndicatorCatalogue {

  private static final String INDEX_RULE =
      "Per respondent the mean of the answered items (reverse-scored items as min + max − x) when"
          + " at least the index's minimum number of them is answered; the group mean of that.";

  private static final List<IndicatorInfo> FIXED =
      List.of(
          survey(
              "responses",
              "Svar",
              "Svar",
              "Responses",
              "n: the group's responses.",
              "count",
              Kind.COUNT),
          survey(
              "response_rate",
              "Svarprosent",
              "Svarprosent",
              "Response rate",
              "n / headcount of the group (the employees asked in it and its sub-units).",
              "share",
              Kind.RATIO),
          survey(
              "avg_position_size",
              "Gjennomsnittleg stillingsstorleik",
              "Gjennomsnittlig stillingsstørrelse",
              "Average position size",
              "mean(H1): the mean of the respondents' current position percent.",
              "percent",
              Kind.MEAN),
          survey(
              "full_time_share",
              "Del som jobbar heiltid",
              "Andel som jobber heltid",
              "Full-time share",
              "Share of respondents with H1 = 100.",
              "share",
              Kind.SHARE),
          survey(
              "wants_larger_share",
              "Del som ønskjer større stilling",
              "Andel som ønsker større stilling",
              "Share wanting a larger position",
              "Share of respondents with H2 > H1 (among those who answered both).",
              "share",
              Kind.SHARE),
          survey(
              "involuntary_part_time_share",
              "Ufrivillig deltid",
              "Ufrivillig deltid",
              "Involuntary part time",
              "Share of respondents with H1 < 100 and H2 > H1.",
              "share",
              Kind.SHARE),
          survey(
              "hidden_fte",
              "Skjulte årsverk",
              "Skjulte årsverk",
              "Hidden FTE",
              "Σ max(0, H2 − H1) / 100 over the respondents: the full-time equivalents they would"
                  + " like to add.",
              "fte",
              Kind.TOTAL),
          survey(
              "hidden_fte_est",
              "Skjulte årsverk, anslått for alle tilsette",
              "Skjulte årsverk, anslått for alle ansatte",
              "Hidden FTE, estimated for all staff",
              "hidden_fte × headcount / n, where n is the respondents who answered H1 and H2.",
              "fte",
              Kind.TOTAL),
          survey(
              "competence_use_very_well_share",
              "Del som får brukt kompetansen svært godt",
              "Andel som får brukt kompetansen svært godt",
              "Competence used very well",
              "Share of those who answered K1 with K1 = 5 (svært godt).",
              "share",
              Kind.SHARE),
          survey(
              "competence_use_poor_share",
              "Del som får brukt kompetansen nokså godt eller" + " dårlegare",
              "Andel som får brukt kompetansen nokså godt eller dårligere",
              "Competence used fairly well or worse",
              "Share of those who answered K1 with K1 ≤ 3.",
              "share",
              Kind.SHARE),
          survey(
              "self_reported_absence_dist",
              "Eigenrapportert fråvær",
              "Egenrapportert fravær",
              "Self-reported absence",
              "Distribution of N1 (days away for own illness in the last 12 months, in bands):"
                  + " the share of each band among those who answered.",
              "distribution",
              Kind.DISTRIBUTION),
          survey(
              "partnership_score",
              "Partssamarbeid",
              "Partssamarbeid",
              "Partnership score",
              "mean(P1), on 1–10.",
              "score_1_10",
              Kind.MEAN),
          register(
              "sick_leave_pct",
              "Sjukefråvær",
              "Sykefravær",
              "Sick leave",
              "Lost working days / agreed working days × 100, where lost days = sick days ×"
                  + " position share × degree of sick leave (self-certified at full degree).",
              "percent",
              Kind.RATIO),
          register(
              "sick_leave_self_certified_pct",
              "Eigenmeldt sjukefråvær",
              "Egenmeldt sykefravær",
              "Self-certified sick leave",
              "Self-certified lost days / agreed days × 100.",
              "percent",
              Kind.RATIO),
          register(
              "sick_leave_doctor_certified_pct",
              "Legemeldt sjukefråvær",
              "Legemeldt sykefravær",
              "Doctor-certified sick leave",
              "Doctor-certified lost days / agreed days × 100.",
              "percent",
              Kind.RATIO),
          register(
              "sick_leave_short_pct",
              "Korttidsfråvær",
              "Korttidsfravær",
              "Short-term sick leave",
              "Lost days in absences of at most 16 days / agreed days × 100.",
              "percent",
              Kind.RATIO),
          register(
              "sick_leave_long_pct",
              "Langtidsfråvær",
              "Langtidsfravær",
              "Long-term sick leave",
              "Lost days in absences of more than 16 days / agreed days × 100.",
              "percent",
              Kind.RATIO),
          register(
              "presence_pct",
              "Nærvær",
              "Nærvær",
              "Presence",
              "100 − sick_leave_pct.",
              "percent",
              Kind.RATIO),
          register(
              "long_term_healthy_share",
              "Langtidsfriske",
              "Langtidsfriske",
              "Long-term healthy",
              "Share of the employees with at least 3 years' tenure who had no sick leave in the"
                  + " last 2 years.",
              "share",
              Kind.RATIO));

  /** Names of the indices of the shipped catalogue; other indices are named after their module. */
  private static final Map<String, String[]> INDEX_NAMES =
      Map.of(
          "mastery_leadership_index",
          new String[] {
            "Meistringsorientert leiing",
            "Mestringsorientert ledelse",
            "Mastery-oriented leadership"
          },
          "competence_drivers_index",
          new String[] {
            "Drivkrefter for kompetansebruk", "Drivere for kompetansebruk", "Competence drivers"
          },
          "presence_index",
          new String[] {
            "Nærvær og arbeidsmiljø", "Nærvær og arbeidsmiljø", "Presence and work" + " environment"
          });

  private IndicatorCatalogue() {}

  /** The fixed indicators, in display order. */
  public static List<IndicatorInfo> fixed() {
    return FIXED;
  }

  public static Optional<IndicatorInfo> fixed(String id) {
    return FIXED.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** The three indicators of an index: its score, its 0–100 form and its alpha. */
  public static List<IndicatorInfo> forIndex(ScaleIndex index, InstrumentModule module) {
    String[] names =
        INDEX_NAMES.getOrDefault(
            index.id(),
            new String[] {
              module.names().getOrDefault("nn", module.id()),
              module.names().getOrDefault("nb", module.id()),
              module.names().getOrDefault("en", module.id())
            });
    String items = String.join(", ", index.items());
    String rule = INDEX_RULE.replace("minimum number", String.valueOf(index.minAnswered()));
    List<IndicatorInfo> infos = new ArrayList<>();
    infos.add(
        survey(
            index.id(),
            names[0],
            names[1],
            names[2],
            "Index of " + items + ". " + rule,
            "score_1_5",
            Kind.MEAN));
    infos.add(
        survey(
            index.id() + SurveyIndicators.HUNDRED,
            names[0] + " (0–100)",
            names[1] + " (0–100)",
            names[2] + " (0–100)",
            "The index on 0–100: (m − min) / (max − min) × 100, i.e. (m − 1) × 25 on 1–5.",
            "score_0_100",
            Kind.MEAN));
    infos.add(
        survey(
            index.id() + SurveyIndicators.ALPHA,
            "Cronbachs alfa: " + names[0],
            "Cronbachs alfa: " + names[1],
            "Cronbach's alpha: " + names[2],
            "α = m/(m − 1) × (1 − Σ sᵢ² / s_T²) over the respondents who answered all m items ("
                + items
                + "), sᵢ² the item variances and s_T² the variance of their sum, items"
                + " reverse-scored; a usable scale has α ≥ 0.7.",
            "alpha",
            Kind.ALPHA));
    return infos;
  }

  /** The catalogue for a set of instrument modules: the fixed entries and each module's indices. */
  public static List<IndicatorInfo> all(List<InstrumentModule> modules) {
    Map<String, IndicatorInfo> all = new LinkedHashMap<>();
    FIXED.forEach(i -> all.put(i.id(), i));
    for (InstrumentModule module : modules) {
      for (ScaleIndex index : module.indices()) {
        forIndex(index, module).forEach(i -> all.putIfAbsent(i.id(), i));
      }
    }
    return List.copyOf(all.values());
  }
}
