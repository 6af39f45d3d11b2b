package no.saman.infra.demo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws a unit's answers from a seeded random source so that the unit's published HEILTID figures
 * come out exactly — the sum of current position sizes (hence their mean) and how many want a
 * larger position — and the scale items carry the structure of real survey data: each respondent
 * has latent traits ({@link DemoLatentModel}), each item is a noisy ordinal reading of them ({@link
 * ScaleItem}), and competence use, intention to stay and who wants a larger position depend on
 * them.
 */
public final class DemoAnswers {

  /** Every module the answers cover; a round gets the answers to its own modules only. */
  public static final List<String> MODULES = List.of("HEILTID", "KOMPETANSE", "LEIING", "NÆRVÆR");

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

  /** A unit's answers to every module of {@link #MODULES}, as response bodies. */
  public static List<Map<String, Object>> draw(String unit, DemoOrganisation.Draw draw) {
    return draw(unit, draw, MODULES);
  }

  /**
   * A unit's answers in one wave to the given modules, as response bodies; the same respondents
   * whatever the modules, since every module is drawn and the others left out.
   *
   * @param unit the unit's code: its strengths and key drivers stay the same from wave to wave
   */
  public static List<Map<String, Object>> draw(
      String unit, DemoOrganisation.Draw draw, Collection<String> modules) {
    int n = draw.n();
    Random random = new Random(draw.seed());
    int[] h1 = currentSizes(random, draw.sizes(), n, draw.sumOfH1());
    DemoLatentModel model = DemoLatentModel.of(draw.climate(), new Random(unit.hashCode()));
    List<LatentRespondent> respondents = model.respondents(n, random);
    boolean[] wants = wantingLarger(random, model, respondents, h1, draw.wantingLarger());
    List<Map<String, Object>> bodies = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Answers answers = new Answers(random, respondents.get(i), modules);
      heiltid(answers, h1[i], wants[i]);
      scales(answers, model, wants[i]);
      bodies.add(body(random, answers, modules));
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

  /**
   * Exactly {@code count} part-timers want a larger position, so that the unit's share is the
   * published one: those with the highest propensity, which the latent traits drive.
   */
  private static boolean[] wantingLarger(
      Random random,
      DemoLatentModel model,
      List<LatentRespondent> respondents,
      int[] h1,
      int count) {
    int n = h1.length;
    double[] propensity = new double[n];
    List<Integer> partTimers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      propensity[i] = model.positionPropensity(respondents.get(i), h1[i], random);
      if (h1[i] < 100) {
        partTimers.add(i);
      }
    }
    if (partTimers.size() < count) {
      throw new IllegalArgumentException("Too few part-timers to have " + count + " want more");
    }
    partTimers.sort(Comparator.comparingDouble((Integer i) -> propensity[i]).reversed());
    boolean[] wants = new boolean[n];
    partTimers.subList(0, count).forEach(i -> wants[i] = true);
    return wants;
  }

  /** H1 and H2 are required; the other HEILTID items may be left blank. */
  private static void heiltid(Answers answers, int h1, boolean wantsLarger) {
    Random random = answers.random;
    int h2 = wantsLarger ? Math.min(100, h1 + 10 + 5 * random.nextInt(7)) : h1;
    answers.required("HEILTID", "H1", h1);
    answers.required("HEILTID", "H2", h2);
    answers.optional("HEILTID", "H3", wantsLarger && random.nextBoolean() ? "yes" : "no");
    if (h1 < 100) {
      List<String> why =
          wantsLarger
              ? List.of(random.nextBoolean() ? "no_offer" : "weekend_rota")
              : List.of(random.nextBoolean() ? "own_wish" : "care");
      answers.optional("HEILTID", "H4", why);
    }
    answers.optional("HEILTID", "H5", random.nextInt(wantsLarger ? 9 : 4));
    answers.optional("HEILTID", "H6", WEEKENDS[random.nextInt(WEEKENDS.length)]);
    answers.optional("HEILTID", "H7", wantsLarger ? 3 + random.nextInt(3) : 1 + random.nextInt(4));
  }

  /** KOMPETANSE, LEIING and NÆRVÆR in the catalogue's order, outcomes read from the model. */
  private static void scales(Answers answers, DemoLatentModel model, boolean wantsLarger) {
    Random random = answers.random;
    LatentRespondent respondent = answers.respondent;
    answers.optional("KOMPETANSE", "K1", model.competenceUse(respondent, random));
    for (ScaleItem item : ScaleItem.ALL) {
      if (item.id().equals("N2")) {
        answers.optional("NÆRVÆR", "N1", model.absence(respondent, random));
      }
      answers.optional(item.module(), item.id(), item.read(respondent, random));
    }
    answers.optional("NÆRVÆR", "N6", model.intentionToStay(respondent, wantsLarger, random));
  }

  /** One respondent's answers: every value is drawn, kept only for the round's modules. */
  private static final class Answers {
    final Random random;
    final LatentRespondent respondent;
    final Collection<String> modules;
    final Map<String, Object> values = new LinkedHashMap<>();

    Answers(Random random, LatentRespondent respondent, Collection<String> modules) {
      this.random = random;
      this.respondent = respondent;
      this.modules = modules;
    }

    void required(String module, String id, Object value) {
      if (modules.contains(module)) {
        values.put(id, value);
      }
    }

    void optional(String module, String id, Object value) {
      if (!respondent.skips(random)) {
        required(module, id, value);
      }
    }
  }

  private static final String[] COMMENTS = {
    "Eg ønskjer meir stilling, men turnusen gjer det vanskeleg.",
    "Langvakter i helgane kunne gjeve fleire større stillingar.",
    "Fint arbeidsmiljø, men for mange små stillingar på avdelinga.",
    "Leiaren min er flink til å sjå kva kvar enkelt kan.",
    "Vi treng betre planlegging av ferieavvikling.",
    "Eg vil gjerne bruke meir av fagkompetansen min.",
  };

  /** The response body; about every fifth respondent writes a comment. */
  private static Map<String, Object> body(
      Random random, Answers answers, Collection<String> modules) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("language", random.nextInt(10) < 8 ? "nn" : "nb");
    body.put(
        "background",
        Map.of(
            "occupation", OCCUPATIONS[random.nextInt(OCCUPATIONS.length)],
            "ageBand", AGES[random.nextInt(AGES.length)],
            "tenureBand", TENURES[random.nextInt(TENURES.length)]));
    body.put("answers", answers.values);
    String comment = COMMENTS[random.nextInt(COMMENTS.length)];
    if (random.nextInt(5) == 0 && modules.contains("HEILTID")) {
      body.put("comments", Map.of("HEILTID", comment));
    }
    return body;
  }
}
