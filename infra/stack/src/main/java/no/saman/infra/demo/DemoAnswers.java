package no.saman.infra.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws a unit's answers from a seeded random source so that the unit's published HEILTID figures
 * come out exactly — the sum of current position sizes (hence their mean) and how many want a
 * larger position — with KOMPETANSE and LEIING answers around the unit's climate and now and then a
 * comment.
 */
public final class DemoAnswers {

  /** Position sizes as they are common in institutions: many small part-time positions. */
  public static final int[] INSTITUTION_SIZES = {
    20, 30, 40, 50, 50, 60, 60, 70, 75, 80, 80, 90, 100
  };

  /** Position sizes as they are common in home-based services: larger positions. */
  public static final int[] HOME_SERVICE_SIZES = {50, 60, 75, 80, 80, 90, 100, 100};

  private static final String[] OCCUPATIONS = {"nurse", "healthcare_worker", "assistant", "leader"};
  private static final String[] AGES = {"under_30", "30-39", "40-49", "50-59", "60_plus"};
  private static final String[] TENURES = {"under_1", "1-2", "3-9", "10_plus"};
  private static final String[] WEEKENDS = {"every_2nd", "every_3rd", "every_4th", "never"};

  private DemoAnswers() {}

  /** A unit's answers to HEILTID, KOMPETANSE and LEIING, as response bodies. */
  public static List<Map<String, Object>> draw(DemoOrganisation.Draw draw) {
    int n = draw.n();
    int wantingLarger = draw.wantingLarger();
    Random random = new Random(draw.seed());
    int[] h1 = currentSizes(random, draw.sizes(), n, draw.sumOfH1());
    List<Integer> partTimers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (h1[i] < 100) {
        partTimers.add(i);
      }
    }
    if (partTimers.size() < wantingLarger) {
      throw new IllegalArgumentException(
          "Too few part-timers to have " + wantingLarger + " want more");
    }
    Collections.shuffle(partTimers, random);
    boolean[] wants = new boolean[n];
    partTimers.subList(0, wantingLarger).forEach(i -> wants[i] = true);
    List<Map<String, Object>> bodies = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Map<String, Object> body = body(random, h1[i], wants[i]);
      addClimate(random, body, draw.climate());
      bodies.add(body);
    }
    return bodies;
  }

  private static int[] currentSizes(Random random, int[] typical, int n, int targetSum) {
    int[] h1 = new int[n];
    int sum = 0;
    for (int i = 0; i < n; i++) {
      h1[i] = typical[random.nextInt(typical.length)];
      sum += h1[i];
    }
    while (sum != targetSum) {
      int i = random.nextInt(n);
      int step = Integer.signum(targetSum - sum) * Math.min(5, Math.abs(targetSum - sum));
      int next = Math.max(10, Math.min(99, h1[i] + step));
      if (h1[i] == 100 && step > 0 || next == h1[i]) {
        continue;
      }
      sum += next - h1[i];
      h1[i] = next;
    }
    return h1;
  }

  /** K1–K6 and L1–L7 on 1–5 around 3 + climate; every fifth respondent or so writes a comment. */
  @SuppressWarnings("unchecked")
  private static void addClimate(Random random, Map<String, Object> body, double climate) {
    Map<String, Object> answers = (Map<String, Object>) body.get("answers");
    for (int k = 1; k <= 6; k++) {
      answers.put("K" + k, agreement(random, climate + (k == 1 ? 0.3 : 0)));
    }
    for (int l = 1; l <= 7; l++) {
      answers.put("L" + l, agreement(random, climate + (l % 3 - 1) * 0.2));
    }
    if (random.nextInt(5) == 0) {
      body.put("comments", Map.of("HEILTID", COMMENTS[random.nextInt(COMMENTS.length)]));
    }
  }

  private static int agreement(Random random, double shift) {
    long value = Math.round(3.4 + shift + random.nextGaussian() * 0.9);
    return (int) Math.max(1, Math.min(5, value));
  }

  private static final String[] COMMENTS = {
    "Eg ønskjer meir stilling, men turnusen gjer det vanskeleg.",
    "Langvakter i helgane kunne gjeve fleire større stillingar.",
    "Fint arbeidsmiljø, men for mange små stillingar på avdelinga.",
    "Leiaren min er flink til å sjå kva kvar enkelt kan.",
    "Vi treng betre planlegging av ferieavvikling.",
    "Eg vil gjerne bruke meir av fagkompetansen min.",
  };

  private static Map<String, Object> body(Random random, int h1, boolean wantsLarger) {
    int h2 = wantsLarger ? Math.min(100, h1 + 10 + 5 * random.nextInt(7)) : h1;
    Map<String, Object> answers = new LinkedHashMap<>();
    answers.put("H1", h1);
    answers.put("H2", h2);
    answers.put("H3", wantsLarger && random.nextBoolean() ? "yes" : "no");
    if (h1 < 100) {
      answers.put(
          "H4",
          wantsLarger
              ? List.of(random.nextBoolean() ? "no_offer" : "weekend_rota")
              : List.of(random.nextBoolean() ? "own_wish" : "care"));
    }
    answers.put("H5", random.nextInt(wantsLarger ? 9 : 4));
    answers.put("H6", WEEKENDS[random.nextInt(WEEKENDS.length)]);
    answers.put("H7", wantsLarger ? 3 + random.nextInt(3) : 1 + random.nextInt(4));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("language", random.nextInt(10) < 8 ? "nn" : "nb");
    body.put(
        "background",
        Map.of(
            "occupation", OCCUPATIONS[random.nextInt(OCCUPATIONS.length)],
            "ageBand", AGES[random.nextInt(AGES.length)],
            "tenureBand", TENURES[random.nextInt(TENURES.length)]));
    body.put("answers", answers);
    return body;
  }
}
