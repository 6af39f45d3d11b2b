package no.saman.analytics.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.saman.infra.testing.SharedKafka;

/**
 * The report tests' survey, produced once per test run: Eide (1551) with Fræna's 2013 figures in
 * its units — Institusjonstenesta under Pleie og omsorg (57 answers, mean position 58.51 %),
 * Heimebaserte tenester (143, with three comments), and Kjøkenet (3) and Reinhald (2), which are
 * suppressed — in a baseline and an autumn wave of every module; its network with Aukra (shown) and
 * Midsund (3 answers in the autumn: suppressed); and Nesset, a participant outside the network. Its
 * waves and network are its own, so no other test's rounds mix into its comparisons.
 */
public final class ReportFixture {

  public static final String EIDE = "1551";
  public static final String AUKRA = "1547";
  public static final String MIDSUND = "1545";
  public static final String NESSET = "1543";
  public static final String INST = "1551-PLO-INST";
  public static final String HEIM = "1551-HEIM";
  public static final String KITCHEN = "1551-KJOKEN";
  public static final String CLEANING = "1551-REINHALD";

  /** A unit of Aukra nobody from answered: its only suppressed unit, with nothing to subtract. */
  public static final String AUKRA_KITCHEN = "1547-KJOKKEN";

  /** Written by one of Kjøkenet's three respondents: no report may ever carry it. */
  public static final String KITCHEN_COMMENT = "Kjøkenet treng fleire hender i helgane.";

  /** Written in Heimebaserte tenester, which may show its comments. */
  public static final List<String> HEIM_COMMENTS =
      List.of(
          "Eg vil gjerne ha større stilling, men turnusen gjer det vanskeleg.",
          "Leiaren vår gjev god støtte når det står på.",
          "Eg får bruke fagkunnskapen min kvar dag.");

  private static ReportFixture produced;

  public final String baseline;
  public final String autumn;
  public final String network;
  public final String eideBaseline;
  public final String eideAutumn;
  public final String aukraBaseline;
  public final String aukraAutumn;
  public final String midsundBaseline;
  public final String midsundAutumn;
  public final String nessetAutumn;

  /** Each round and how many responses it gets. */
  public final Map<String, Integer> responses = new LinkedHashMap<>();

  private ReportFixture() {
    String id = UUID.randomUUID().toString().substring(0, 8);
    baseline = "2026-baseline-" + id;
    autumn = "2026-autumn-" + id;
    network = "romsdal-" + id;
    eideBaseline = "r-eide-baseline-" + id;
    eideAutumn = "r-eide-autumn-" + id;
    aukraBaseline = "r-aukra-baseline-" + id;
    aukraAutumn = "r-aukra-autumn-" + id;
    midsundBaseline = "r-midsund-baseline-" + id;
    midsundAutumn = "r-midsund-autumn-" + id;
    nessetAutumn = "r-nesset-autumn-" + id;
  }

  /** The fixture, produced to the broker on the first call of the test run. */
  public static synchronized ReportFixture produced() {
    if (produced == null) {
      ReportFixture fixture = new ReportFixture();
      try (TestEvents events = new TestEvents(SharedKafka.bootstrapServers())) {
        fixture.produce(events);
      }
      produced = fixture;
    }
    return produced;
  }

  /** Whether every municipality, unit, round and response has reached this test's database. */
  public boolean arrived(Sql sql) {
    for (Map.Entry<String, Integer> round : responses.entrySet()) {
      if (sql.number(
                  "SELECT COUNT(*) FROM survey_round WHERE id = ? AND title IS NOT NULL",
                  round.getKey())
              != 1
          || sql.number("SELECT COUNT(*) FROM response_answers WHERE round_id = ?", round.getKey())
              != round.getValue()) {
        return false;
      }
    }
    return sql.number(
                "SELECT COUNT(*) FROM org_unit WHERE municipality IN (?, ?, ?, ?)",
                EIDE,
                AUKRA,
                MIDSUND,
                NESSET)
            == 9
        && sql.number("SELECT COUNT(*) FROM network_member WHERE network = ?", network) == 3;
  }

  private void produce(TestEvents events) {
    events.sendMunicipality(EIDE, "Eide", "Møre og Romsdal", "nn");
    events.sendUnit(EIDE, "1551-PLO", "Pleie og omsorg", null, 4, "administrasjon");
    events.sendUnit(EIDE, INST, "Institusjonstenesta", "1551-PLO", 90, "sjukeheim");
    events.sendUnit(EIDE, HEIM, "Heimebaserte tenester", null, 230, "heimeteneste");
    events.sendUnit(EIDE, KITCHEN, "Kjøkenet", null, 6, "anna");
    events.sendUnit(EIDE, CLEANING, "Reinhald", null, 4, "anna");
    events.sendMunicipality(AUKRA, "Aukra", "Møre og Romsdal", "nn");
    events.sendUnit(AUKRA, "1547-SJH", "Aukra sjukeheim", null, 30, "sjukeheim");
    events.sendUnit(AUKRA, AUKRA_KITCHEN, "Kjøkkenet", null, 3, "anna");
    events.sendMunicipality(MIDSUND, "Midsund", "Møre og Romsdal", "nn");
    events.sendUnit(MIDSUND, "1545-HEIM", "Heimetenesta", null, 12, "heimeteneste");
    events.sendMunicipality(NESSET, "Nesset", "Møre og Romsdal", "nn");
    events.sendUnit(NESSET, "1543-SKULE", "Nesset skule", null, 20, "skole");
    events.sendNetwork(
        network, "Heiltid i Romsdal", "heiltid/deltid", List.of(MIDSUND, AUKRA, EIDE));

    round(events, eideBaseline, EIDE, "Heiltid og deltid 2026, førmåling", baseline);
    answer(events, eideBaseline, baseline, path(EIDE, "1551-PLO", INST), baselineInst(), 1);
    answer(
        events,
        eideBaseline,
        baseline,
        path(EIDE, HEIM),
        FraenaAnswers.heimebaserteTenester().subList(0, 140),
        3);
    round(events, eideAutumn, EIDE, "Heiltid og deltid 2026, haust", autumn);
    answer(
        events,
        eideAutumn,
        autumn,
        path(EIDE, "1551-PLO", INST),
        FraenaAnswers.institusjonstenesta(),
        0);
    answer(
        events,
        eideAutumn,
        autumn,
        path(EIDE, HEIM),
        FraenaAnswers.heimebaserteTenester(),
        2,
        Map.of(
            0, Map.of("HEILTID", HEIM_COMMENTS.get(0)),
            10, Map.of("LEIING", HEIM_COMMENTS.get(1)),
            20, Map.of("KOMPETANSE", HEIM_COMMENTS.get(2))));
    answer(
        events,
        eideAutumn,
        autumn,
        path(EIDE, KITCHEN),
        ModuleAnswers.positions(new int[][] {{33, 50}, {47, 47}, {64, 80}}),
        4,
        Map.of(0, Map.of("HEILTID", KITCHEN_COMMENT)));
    answer(
        events,
        eideAutumn,
        autumn,
        path(EIDE, CLEANING),
        ModuleAnswers.positions(new int[][] {{20, 50}, {35, 35}}),
        5);

    round(events, aukraBaseline, AUKRA, "Heiltid Aukra, førmåling", baseline);
    answer(events, aukraBaseline, baseline, path(AUKRA, "1547-SJH"), nursingHome(15, 40), 6);
    round(events, aukraAutumn, AUKRA, "Heiltid Aukra, haust", autumn);
    answer(events, aukraAutumn, autumn, path(AUKRA, "1547-SJH"), nursingHome(20, 50), 7);
    round(events, midsundBaseline, MIDSUND, "Heiltid Midsund, førmåling", baseline);
    answer(
        events,
        midsundBaseline,
        baseline,
        path(MIDSUND, "1545-HEIM"),
        ModuleAnswers.positions(
            new int[][] {{50, 80}, {60, 60}, {75, 100}, {40, 50}, {100, 100}, {55, 75}}),
        8);
    round(events, midsundAutumn, MIDSUND, "Heiltid Midsund, haust", autumn);
    answer(
        events,
        midsundAutumn,
        autumn,
        path(MIDSUND, "1545-HEIM"),
        ModuleAnswers.positions(new int[][] {{45, 70}, {65, 65}, {90, 100}}),
        9);
    round(events, nessetAutumn, NESSET, "Heiltid Nesset, haust", autumn);
    answer(events, nessetAutumn, autumn, path(NESSET, "1543-SKULE"), nursingHome(10, 80), 10);
  }

  private void round(TestEvents events, String id, String municipality, String title, String wave) {
    String opens = wave.equals(baseline) ? "2026-03-02" : "2026-09-07";
    events.sendRound(id, municipality, title, wave, opens, Instruments.all());
    responses.put(id, 0);
  }

  private void answer(
      TestEvents events,
      String round,
      String wave,
      List<String> path,
      List<Map<String, Object>> heiltid,
      int shift) {
    answer(events, round, wave, path, heiltid, shift, Map.of());
  }

  private void answer(
      TestEvents events,
      String round,
      String wave,
      List<String> path,
      List<Map<String, Object>> heiltid,
      int shift,
      Map<Integer, Map<String, String>> comments) {
    List<String> sent = new ArrayList<>();
    List<Map<String, Object>> all = ModuleAnswers.complete(heiltid, shift);
    for (int i = 0; i < all.size(); i++) {
      sent.add(
          events.response(
              round,
              wave,
              path,
              Map.of("occupation", "helsefagarbeider", "ageBand", "30-39"),
              all.get(i),
              comments.getOrDefault(i, Map.of())));
    }
    events.sendAll(path.get(0), sent);
    responses.merge(round, all.size(), Integer::sum);
  }

  /** Institusjonstenesta a wave earlier: 50 answers, those who want more 6 points lower. */
  private static List<Map<String, Object>> baselineInst() {
    List<Map<String, Object>> earlier = new ArrayList<>();
    for (Map<String, Object> answer : FraenaAnswers.institusjonstenesta().subList(0, 50)) {
      Map<String, Object> a = new HashMap<>(answer);
      int current = (Integer) a.get("H1");
      if ((Integer) a.get("H2") > current) {
        a.put("H1", Math.max(20, current - 6));
      }
      earlier.add(a);
    }
    return earlier;
  }

  /** A small unit's answers: a third at 100 %, the others part time, many wanting more. */
  private static List<Map<String, Object>> nursingHome(int count, int partTime) {
    int[][] pairs = new int[count][];
    for (int i = 0; i < count; i++) {
      pairs[i] =
          i % 3 == 0
              ? new int[] {100, 100}
              : new int[] {partTime + 5 * (i % 4), i % 2 == 0 ? 100 : partTime + 5 * (i % 4)};
    }
    return ModuleAnswers.positions(pairs);
  }

  private static List<String> path(String... units) {
    return List.of(units);
  }
}
