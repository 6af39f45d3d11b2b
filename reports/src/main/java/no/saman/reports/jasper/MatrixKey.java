package no.saman.reports.jasper;

/**
 * A row or column of the figure matrix as the crosstab buckets it: ordered by position, printed by
 * label, in bold when {@code strong} (a total or reference row).
 */
public record MatrixKey(int index, String label, boolean strong) implements Comparable<MatrixKey> {

  @Override
  public int compareTo(MatrixKey other) {
    return Integer.compare(index, other.index);
  }

  @Override
  public String toString() {
    return label;
  }
}
