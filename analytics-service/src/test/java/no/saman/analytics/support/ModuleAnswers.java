package no.saman.analytics.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completes HEILTID answer sets with answers to every other module of {@link Instruments#all()} —
 * competence (K1–K6), leadership (L1–L7), presence (N1–N6) and partnership (P1) — drawn from fixed
 * cycles, so that a group has plausible, spread and repeatable distributions; {@code shift} moves
 * the cycles so that two groups or rounds differ.
 */
public final class ModuleAnswers {

  private static final int[] COMPETENCE_USE = {4, 5, 3, 4, 2, 5, 4, 3, 1, 4, 5, 3};
  private static final int[] COMPETENCE = {3, 4, 4, 5, 2, 3, 4};
  private static final int[] LEADERSHIP = {4, 3, 5, 4, 2, 3, 4, 5, 3};
  private static final int[] LEADERSHIP_BIAS = {1, 0, 1, -1, -1, 0, 1};
  private static final int[] PRESENCE = {4, 4, 3, 5, 2, 4};
  private static final List<String> ABSENCE = List.of("0", "1-3", "0", "4-7", "8-14", "0", "15-30");

  private ModuleAnswers() {}

  public static List<Map<String, Object>> complete(List<Map<String, Object>> heiltid, int shift) {
    int level = shift % 3 - 1;
    List<Map<String, Object>> all = new ArrayList<>();
    for (int i = 0; i < heiltid.size(); i++) {
      Map<String, Object> answers = new LinkedHashMap<>(heiltid.get(i));
      int s = i + shift;
      int lift = i % 3 == 0 ? level : 0;
      answers.put(
          "K1", scale(COMPETENCE_USE[s % COMPETENCE_USE.length] + (i % 4 == 0 ? level : 0)));
      for (int k = 2; k <= 6; k++) {
        answers.put("K" + k, scale(COMPETENCE[(s + k) % COMPETENCE.length] + lift));
      }
      for (int l = 1; l <= 7; l++) {
        int bias = LEADERSHIP_BIAS[l - 1] * (i % 2);
        answers.put("L" + l, scale(LEADERSHIP[(2 * s + l) % LEADERSHIP.length] + bias + lift));
      }
      answers.put("N1", ABSENCE.get(s % ABSENCE.size()));
      for (int n = 2; n <= 6; n++) {
        answers.put("N" + n, scale(PRESENCE[(s + 3 * n) % PRESENCE.length] + lift));
      }
      answers.put("P1", 1 + (7 * s) % 10);
      all.add(answers);
    }
    return all;
  }

  private static int scale(int value) {
    return Math.max(1, Math.min(5, value));
  }

  /** Answers to H1 and H2 only, one per pair of current and desired position size. */
  public static List<Map<String, Object>> positions(int[][] currentAndDesired) {
    List<Map<String, Object>> answers = new ArrayList<>();
    for (int[] pair : currentAndDesired) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("H1", pair[0]);
      a.put("H2", pair[1]);
      answers.add(a);
    }
    return answers;
  }
}
