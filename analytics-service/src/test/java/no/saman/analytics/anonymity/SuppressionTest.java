package no.saman.analytics.anonymity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The suppression rules of domain §6 on small hand-made tables (k = 5). */
class SuppressionTest {

  private static final int K = 5;

  @Test
  void shouldSuppressTheNextSmallestSiblingBesideOneSuppressedUnit() {
    // Municipality 30 = units 3, 12, 15.
    boolean[][] shown = decide(new int[] {-1, 0, 0, 0}, column(30, 3, 12, 15));

    assertThat(shown(shown)).containsExactly(true, false, false, true);
  }

  @Test
  void shouldSuppressSiblingsUntilWhatTheyDoNotCoverReachesK() {
    // Sector 20 has 2 answers of its own and units 10 and 8.
    boolean[][] shown = decide(new int[] {-1, 0, 0}, column(20, 10, 8));

    assertThat(shown(shown)).containsExactly(true, true, false);
  }

  @Test
  void shouldLeaveTwoSuppressedUnitsThatTogetherReachKAlone() {
    // Municipality 40 = units 2, 3, 15, 20: the two small ones hide 5 together.
    boolean[][] shown = decide(new int[] {-1, 0, 0, 0, 0}, column(40, 2, 3, 15, 20));

    assertThat(shown(shown)).containsExactly(true, false, false, true, true);
  }

  @Test
  void shouldSuppressEverythingBelowASuppressedUnit() {
    // Municipality 30 = sector 9 (= units 6 and 3) and unit 21: the 3 takes the 6 with it.
    int[] parent = {-1, 0, 0, 1, 1};
    boolean[][] shown = decide(parent, column(30, 9, 21, 6, 3));

    assertThat(shown(shown)).containsExactly(true, true, true, false, false);
  }

  @Test
  void shouldSuppressTheNextSmallestCategoryBesideOneSuppressedCategory() {
    // A unit of 20: nurses 2, assistants 9, others 9.
    long[][] counts = {{20, 2, 9, 9}};
    boolean[][] shown = Suppression.decide(new int[] {-1}, counts, null, K);

    assertThat(shown[0]).containsExactly(true, false, false, true);
  }

  @Test
  void shouldSuppressAUnitsCategoryBesideTheSameCategoryOfASmallerUnit() {
    // Municipality 30 (nurses 12) = unit A 24 (nurses 9) and unit B 6 (nurses 3).
    int[] parent = {-1, 0, 0};
    long[][] counts = {{30, 12}, {24, 9}, {6, 3}};
    boolean[][] shown = Suppression.decide(parent, counts, null, K);

    assertThat(shown[0]).containsExactly(true, true);
    assertThat(shown[1]).containsExactly(true, false);
    assertThat(shown[2]).containsExactly(true, false);
  }

  @Test
  void shouldSuppressTheCategoriesOfASuppressedUnitAndAParentCategoryThatWouldShowThem() {
    // Municipality 30 (nurses 10) = unit A 27 (nurses 10) and unit B 3: A goes with B, and the
    // municipality's nurses, all of them in A, go with A's.
    int[] parent = {-1, 0, 0};
    long[][] counts = {{30, 10}, {27, 10}, {3, 0}};
    boolean[][] shown = Suppression.decide(parent, counts, null, K);

    assertThat(shown[0]).containsExactly(true, false);
    assertThat(shown[1]).containsExactly(false, false);
    assertThat(shown[2]).containsExactly(false, false);
  }

  private static long[][] column(long... counts) {
    long[][] table = new long[counts.length][1];
    for (int i = 0; i < counts.length; i++) {
      table[i][0] = counts[i];
    }
    return table;
  }

  private static boolean[][] decide(int[] parent, long[][] counts) {
    return Suppression.decide(parent, counts, null, K);
  }

  private static Boolean[] shown(boolean[][] table) {
    Boolean[] column = new Boolean[table.length];
    for (int i = 0; i < table.length; i++) {
      column[i] = table[i][0];
    }
    return column;
  }
}
