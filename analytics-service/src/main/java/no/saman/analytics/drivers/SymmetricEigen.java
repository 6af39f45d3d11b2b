package no.saman.analytics.drivers;

/**
 * The eigen-decomposition A = V Λ Vᵀ of a small symmetric matrix by cyclic Jacobi rotations: exact
 * to rounding for the handful of drivers a survey has, and free of any library.
 */
final class SymmetricEigen {

  private static final int MAX_SWEEPS = 100;

  /** The eigenvalues, in no particular order. */
  final double[] values;

  /** The eigenvectors as columns, vectors[i][k] the i-th element of the k-th vector. */
  final double[][] vectors;

  private SymmetricEigen(double[] values, double[][] vectors) {
    this.values = values;
    this.vectors = vectors;
  }

  static SymmetricEigen of(double[][] matrix) {
    int p = matrix.length;
    double[][] a = new double[p][];
    double[][] v = new double[p][p];
    for (int i = 0; i < p; i++) {
      a[i] = matrix[i].clone();
      v[i][i] = 1;
    }
    for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonal(a) > 1e-30; sweep++) {
      for (int i = 0; i < p - 1; i++) {
        for (int j = i + 1; j < p; j++) {
          if (a[i][j] != 0) {
            rotate(a, v, i, j);
          }
        }
      }
    }
    double[] values = new double[p];
    for (int i = 0; i < p; i++) {
      values[i] = a[i][i];
    }
    return new SymmetricEigen(values, v);
  }

  /** One rotation that zeroes a[i][j] (Golub and Van Loan, algorithm 8.4.2). */
  private static void rotate(double[][] a, double[][] v, int i, int j) {
    double theta = (a[j][j] - a[i][i]) / (2 * a[i][j]);
    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
    if (theta == 0) {
      t = 1;
    }
    double c = 1 / Math.sqrt(t * t + 1);
    double s = t * c;
    int p = a.length;
    for (int k = 0; k < p; k++) {
      double aki = a[k][i];
      double akj = a[k][j];
      a[k][i] = c * aki - s * akj;
      a[k][j] = s * aki + c * akj;
    }
    for (int k = 0; k < p; k++) {
      double aik = a[i][k];
      double ajk = a[j][k];
      a[i][k] = c * aik - s * ajk;
      a[j][k] = s * aik + c * ajk;
    }
    for (int k = 0; k < p; k++) {
      double vki = v[k][i];
      double vkj = v[k][j];
      v[k][i] = c * vki - s * vkj;
      v[k][j] = s * vki + c * vkj;
    }
  }

  private static double offDiagonal(double[][] a) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) {
        if (i != j) {
          sum += a[i][j] * a[i][j];
        }
      }
    }
    return sum;
  }
}
