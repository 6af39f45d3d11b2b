package no.saman.analytics.drivers;

import java.util.Optional;

/**
 * Pearson correlations of the columns of a sample, the outcome in the last column: the drivers'
 * matrix R_xx and their correlations with the outcome r_xy.
 */
record Correlations(double[][] rxx, double[] rxy) {

  /**
   * @param rows each respondent's drivers followed by the outcome
   * @param pick which rows to use (a bootstrap resample repeats some), all when null
   * @return empty when a column does not vary
   */
  static Optional<Correlations> of(double[][] rows, int[] pick) {
    int n = pick == null ? rows.length : pick.length;
    int columns = rows[0].length;
    double[] mean = new double[columns];
    for (int r = 0; r < n; r++) {
      double[] row = rows[pick == null ? r : pick[r]];
      for (int c = 0; c < columns; c++) {
        mean[c] += row[c];
      }
    }
    for (int c = 0; c < columns; c++) {
      mean[c] /= n;
    }
    double[][] cross = new double[columns][columns];
    double[] d = new double[columns];
    for (int r = 0; r < n; r++) {
      double[] row = rows[pick == null ? r : pick[r]];
      for (int c = 0; c < columns; c++) {
        d[c] = row[c] - mean[c];
      }
      for (int i = 0; i < columns; i++) {
        for (int j = i; j < columns; j++) {
          cross[i][j] += d[i] * d[j];
        }
      }
    }
    for (int c = 0; c < columns; c++) {
      if (!(cross[c][c] > 0)) {
        return Optional.empty();
      }
    }
    int p = columns - 1;
    double[][] rxx = new double[p][p];
    double[] rxy = new double[p];
    for (int i = 0; i < p; i++) {
      for (int j = i; j < p; j++) {
        rxx[i][j] = i == j ? 1 : cross[i][j] / Math.sqrt(cross[i][i] * cross[j][j]);
        rxx[j][i] = rxx[i][j];
      }
      rxy[i] = cross[i][p] / Math.sqrt(cross[i][i] * cross[p][p]);
    }
    return Optional.of(new Correlations(rxx, rxy));
  }
}
