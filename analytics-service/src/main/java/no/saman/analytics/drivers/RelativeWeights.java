package no.saman.analytics.drivers;

import java.util.Optional;

/**
 * Johnson's (2000) relative weights: the drivers are replaced by their closest orthogonal
 * counterparts Z (R_xx = V Λ Vᵀ, Λ_xz = V Λ^½ Vᵀ), the outcome is regressed on Z (β = Λ_xz⁻¹ r_xy),
 * and each driver's weight is ε_j = Σ_k λ_jk² β_k². The weights add up to the model's R², so each
 * is the share of the explained variance the driver accounts for, even when drivers correlate.
 *
 * @param weights ε_j per driver, in the drivers' order
 * @param rSquared R² of the ordinary least-squares model with every driver
 */
record RelativeWeights(double[] weights, double rSquared) {

  /** Below this smallest eigenvalue of R_xx the drivers are treated as collinear. */
  static final double COLLINEAR = 1e-10;

  /**
   * @param rxx the drivers' correlation matrix
   * @param rxy each driver's correlation with the outcome
   * @return empty when the drivers are (nearly) collinear
   */
  static Optional<RelativeWeights> of(double[][] rxx, double[] rxy) {
    int p = rxy.length;
    SymmetricEigen eigen = SymmetricEigen.of(rxx);
    for (double value : eigen.values) {
      if (!(value > COLLINEAR)) {
        return Optional.empty();
      }
    }
    double[][] v = eigen.vectors;
    double[][] lambda = new double[p][p];
    double[][] inverse = new double[p][p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        double root = 0;
        double inverseRoot = 0;
        for (int k = 0; k < p; k++) {
          double vv = v[i][k] * v[j][k];
          root += vv * Math.sqrt(eigen.values[k]);
          inverseRoot += vv / Math.sqrt(eigen.values[k]);
        }
        lambda[i][j] = root;
        inverse[i][j] = inverseRoot;
      }
    }
    double[] beta = new double[p];
    double rSquared = 0;
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        beta[i] += inverse[i][j] * rxy[j];
      }
      rSquared += beta[i] * beta[i];
    }
    double[] weights = new double[p];
    for (int j = 0; j < p; j++) {
      for (int k = 0; k < p; k++) {
        weights[j] += lambda[j][k] * lambda[j][k] * beta[k] * beta[k];
      }
    }
    return Optional.of(new RelativeWeights(weights, rSquared));
  }
}
