package no.saman.analytics.drivers;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Johnson's relative weights by his own route, independent of the service's: the singular value
 * decomposition of the standardised data X = P Δ Qᵀ gives the orthogonal Z = P Qᵀ, the outcome is
 * regressed on Z, and Λ* = Q Δ Qᵀ relates Z back to X; R² from ordinary least squares on the raw
 * data, correlations from commons-math.
 */
final class JohnsonBySvd {

  final double[] weights;
  final double rSquared;
  final double[] correlations;

  private JohnsonBySvd(double[] weights, double rSquared, double[] correlations) {
    this.weights = weights;
    this.rSquared = rSquared;
    this.correlations = correlations;
  }

  /** Rows of drivers followed by the outcome. */
  static JohnsonBySvd of(double[][] rows) {
    int n = rows.length;
    int p = rows[0].length - 1;
    double[][] x = new double[n][p];
    double[] y = new double[n];
    double[][] rawX = new double[n][p];
    for (int c = 0; c <= p; c++) {
      double mean = 0;
      for (double[] row : rows) {
        mean += row[c];
      }
      mean /= n;
      double ss = 0;
      for (double[] row : rows) {
        ss += (row[c] - mean) * (row[c] - mean);
      }
      double scale = Math.sqrt(ss);
      for (int r = 0; r < n; r++) {
        double z = (rows[r][c] - mean) / scale;
        if (c < p) {
          x[r][c] = z;
          rawX[r][c] = rows[r][c];
        } else {
          y[r] = z;
        }
      }
    }
    SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(x));
    RealMatrix z = svd.getU().multiply(svd.getVT());
    double[] beta = z.transpose().operate(y);
    RealMatrix lambda = svd.getV().multiply(svd.getS()).multiply(svd.getVT());
    double[] weights = new double[p];
    for (int j = 0; j < p; j++) {
      for (int k = 0; k < p; k++) {
        double l = lambda.getEntry(j, k);
        weights[j] += l * l * beta[k] * beta[k];
      }
    }
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
    double[] rawY = new double[n];
    for (int r = 0; r < n; r++) {
      rawY[r] = rows[r][p];
    }
    ols.newSampleData(rawY, rawX);
    double[] correlations = new double[p];
    PearsonsCorrelation pearson = new PearsonsCorrelation();
    for (int j = 0; j < p; j++) {
      double[] column = new double[n];
      for (int r = 0; r < n; r++) {
        column[r] = rows[r][j];
      }
      correlations[j] = pearson.correlation(column, rawY);
    }
    return new JohnsonBySvd(weights, ols.calculateRSquared(), correlations);
  }
}
