package no.saman.analytics.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HEILTID answers shaped after Fræna's published 2013 figures: 57 in Institusjonstenesta (mean
 * position 58.51 %, 24 of 57 want a larger one, Σ wanted increase 539 %) and 143 in Heimebaserte
 * tenester, so that the whole municipality has 200 answers with mean 71.05 % and 84 of 200 (42 %)
 * wanting more.
 */
public final class FraenaAnswers {

  private FraenaAnswers() {}

  /** 57 answers: 10×100, 12×75, 15×50, 10×40, 5×30, 5×27 (sum 3335); 24 want more. */
  public static List<Map<String, Object>> institusjonstenesta() {
    List<Map<String, Object>> answers = new ArrayList<>();
    add(answers, 10, 100, 100);
    add(answers, 12, 75, 75);
    add(answers, 10, 50, 75);
    add(answers, 5, 50, 50);
    add(answers, 8, 40, 60);
    add(answers, 2, 40, 40);
    add(answers, 3, 30, 50);
    add(answers, 2, 30, 30);
    add(answers, 3, 27, 50);
    add(answers, 2, 27, 20);
    return answers;
  }

  /** 143 answers: 70×100, 40×75, 30×25, 2×40, 1×45 (sum 10875); 60 want more. */
  public static List<Map<String, Object>> heimebaserteTenester() {
    List<Map<String, Object>> answers = new ArrayList<>();
    add(answers, 70, 100, 100);
    add(answers, 35, 75, 100);
    add(answers, 5, 75, 75);
    add(answers, 25, 25, 50);
    add(answers, 5, 25, 25);
    add(answers, 2, 40, 40);
    add(answers, 1, 45, 45);
    return answers;
  }

  private static void add(List<Map<String, Object>> answers, int count, int current, int desired) {
    for (int i = 0; i < count; i++) {
      int seq = answers.size();
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("H1", current);
      a.put("H2", desired);
      a.put("H3", desired > current && seq % 2 == 0 ? "yes" : "no");
      if (current < 100) {
        a.put("H4", seq % 3 == 0 ? List.of("no_offer", "weekend_rota") : List.of("own_choice"));
      }
      a.put("H5", seq % 6);
      a.put("H6", "every_3rd");
      a.put("H7", 1 + seq % 5);
      answers.add(a);
    }
  }
}
