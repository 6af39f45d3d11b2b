package no.saman.analytics.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.saman.analytics.anonymity.AnonymityGuard;
import no.saman.analytics.anonymity.AnonymityThreshold;
import no.saman.analytics.anonymity.Disclosure;
import no.saman.analytics.grouping.GroupTree;
import no.saman.analytics.grouping.UnitInfo;
import no.saman.analytics.indicator.Figure;
import no.saman.analytics.indicator.ItemFigure;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.statistics.GroupStatistics;
import no.saman.analytics.statistics.UnitCell;
import no.saman.analytics.support.Instruments;
import no.saman.analytics.support.RandomAnswers;
import no.saman.analytics.support.StatisticsOf;
import org.junit.jupiter.api.Test;

/**
 * For random organisation trees, response counts, answers and backgrounds, and every k from 3 to 7:
 * no group, category or figure below k is disclosed, and no suppressed group can be recovered by
 * subtracting shown groups — parent − shown sub-units, and group − shown categories, leave either
 * nothing or at least k respondents, for the response counts and for each figure's respondents.
 */
class AnonymityPropertyTest {

  private static final Instrument ALL = Instruments.model(Instruments.all());
  private static final List<String> OCCUPATIONS = List.of("nurse", "assistant", "teacher");
  private static final int TRIALS = 300;

  @Test
  void shouldNeverDiscloseBelowKNorLetASuppressedGroupBeRecoveredBySubtraction() {
    int suppressedSeen = 0;
    int secondarySeen = 0;
    for (long seed = 1; seed <= TRIALS; seed++) {
      Random random = new Random(seed);
      int k = 3 + random.nextInt(5);
      TableView table = randomTable(random, k);
      GroupTree tree = table.tree();
      for (int r = 0; r < tree.nodes().size(); r++) {
        for (int c = 0; c <= tree.categories().size(); c++) {
          String where = "seed " + seed + " k " + k + " row " + r + " column " + c;
          Disclosure<GroupFigures> disclosure = table.disclose(r, c, GroupFigures.Context.NONE);
          if (disclosure instanceof Disclosure.Shown<GroupFigures> shown) {
            assertShownAtLeastK(shown, k, where);
            assertNothingRecoverable(table, r, c, k, where);
          } else {
            suppressedSeen++;
            GroupStatistics stats = tree.nodes().get(r).statistics().get(c);
            if (stats.responses() >= k) {
              secondarySeen++;
            }
          }
        }
      }
    }
    assertThat(suppressedSeen).as("trials with suppressed groups").isGreaterThan(100);
    assertThat(secondarySeen).as("trials with secondary suppression").isGreaterThan(20);
  }

  private static void assertShownAtLeastK(
      Disclosure.Shown<GroupFigures> shown, int k, String where) {
    assertThat(shown.responses()).as(where).isGreaterThanOrEqualTo(k);
    for (GroupFigures.IndicatorFigure f : shown.figures().indicators()) {
      assertThat(f.figure().basis()).as(where + " " + f.id()).isGreaterThanOrEqualTo(k);
    }
    for (ItemFigure item : shown.figures().items()) {
      assertThat(item.n()).as(where + " item " + item.id()).isGreaterThanOrEqualTo(k);
    }
  }

  /** What an attacker can subtract: shown parent minus shown children, per count and figure. */
  private static void assertNothingRecoverable(TableView table, int r, int c, int k, String where) {
    GroupTree tree = table.tree();
    List<int[]> parts = new ArrayList<>();
    for (int child = 0; child < tree.nodes().size(); child++) {
      if (tree.nodes().get(child).parent() == r) {
        parts.add(new int[] {child, c});
      }
    }
    assertResidual(table, r, c, parts, k, where + " minus sub-units");
    if (c == 0 && !tree.categories().isEmpty()) {
      List<int[]> categories = new ArrayList<>();
      for (int category = 1; category <= tree.categories().size(); category++) {
        categories.add(new int[] {r, category});
      }
      assertResidual(table, r, 0, categories, k, where + " minus categories");
    }
  }

  private static void assertResidual(
      TableView table, int r, int c, List<int[]> parts, int k, String where) {
    long residual = table.shownResponses(r, c);
    for (int[] part : parts) {
      if (known(table, part[0], part[1])) {
        residual -= count(table, part[0], part[1]);
      }
    }
    assertThat(residual == 0 || residual >= k).as(where + ": responses left " + residual).isTrue();
    assertNotOneSuppressedPieceAlone(table, r, c, parts, where);
    for (String id :
        List.of(
            "avg_position_size",
            "wants_larger_share",
            "mastery_leadership_index",
            "presence_index",
            "partnership_score",
            "competence_use_poor_share")) {
      Figure parent = table.shownIndicator(r, c, id);
      if (parent == null) {
        continue;
      }
      long left = parent.basis();
      for (int[] part : parts) {
        Figure child = table.shownIndicator(part[0], part[1], id);
        if (child != null) {
          left -= child.basis();
        }
      }
      assertThat(left == 0 || left >= k)
          .as(where + ": " + id + " respondents left " + left)
          .isTrue();
    }
  }

  /** When the parts make up the whole parent, parent − shown parts is never one hidden part. */
  private static void assertNotOneSuppressedPieceAlone(
      TableView table, int r, int c, List<int[]> parts, String where) {
    GroupTree tree = table.tree();
    long whole = 0;
    int hiddenWithData = 0;
    for (int[] part : parts) {
      long n = count(table, part[0], part[1]);
      whole += n;
      if (!known(table, part[0], part[1]) && n > 0) {
        hiddenWithData++;
      }
    }
    boolean partition = whole == count(table, r, c);
    assertThat(partition && hiddenWithData == 1)
        .as(where + ": one hidden part is the whole difference")
        .isFalse();
  }

  /**
   * What an attacker knows of a cell's count: a shown cell's, and a category's that equals its
   * shown row total (everyone in the row is in that category).
   */
  private static boolean known(TableView table, int r, int c) {
    if (table.shown(r, c)) {
      return true;
    }
    return c > 0 && table.shown(r, 0) && count(table, r, c) == count(table, r, 0);
  }

  private static long count(TableView table, int r, int c) {
    return table.tree().nodes().get(r).statistics().get(c).responses();
  }

  private static TableView randomTable(Random random, int k) {
    int units = 1 + random.nextInt(10);
    Map<String, UnitInfo> organisation = new HashMap<>();
    List<UnitCell> everyone = new ArrayList<>();
    List<UnitCell> byOccupation = new ArrayList<>();
    List<List<String>> paths = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      String code = "U" + u;
      List<String> path = new ArrayList<>();
      if (u == 0 || random.nextInt(3) == 0) {
        path.add("0001");
      } else {
        path.addAll(paths.get(random.nextInt(u)));
      }
      path.add(code);
      paths.add(path);
      organisation.put(
          code, new UnitInfo(code, "Eining " + u, null, 5 + random.nextInt(40), "anna"));
      int respondents = random.nextInt(4) == 0 ? random.nextInt(4) : random.nextInt(3 * k + 4);
      List<Map<String, Object>> all = new ArrayList<>();
      Map<String, List<Map<String, Object>>> perOccupation = new HashMap<>();
      for (int i = 0; i < respondents; i++) {
        Map<String, Object> answers = RandomAnswers.of(ALL, random);
        all.add(answers);
        if (random.nextInt(5) > 0) {
          perOccupation
              .computeIfAbsent(
                  OCCUPATIONS.get(random.nextInt(OCCUPATIONS.size())), o -> new ArrayList<>())
              .add(answers);
        }
      }
      if (respondents > 0) {
        everyone.add(new UnitCell("r", "0001", code, path, "", StatisticsOf.answers(all, ALL)));
      }
      perOccupation.forEach(
          (occupation, answers) ->
              byOccupation.add(
                  new UnitCell(
                      "r",
                      "0001",
                      code,
                      path,
                      "occupation=" + occupation,
                      StatisticsOf.answers(answers, ALL))));
    }
    boolean breakdown = random.nextBoolean();
    GroupTree tree =
        new GroupTree(
            "0001",
            "Kommune",
            everyone,
            breakdown ? byOccupation : List.of(),
            breakdown ? "occupation" : null,
            organisation);
    return TableView.of(tree, ALL, new AnonymityGuard(new AnonymityThreshold(k)));
  }
}
