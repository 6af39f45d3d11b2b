package no.saman.infra.bench;

import java.util.Arrays;

/** Latency percentiles of one run, in milliseconds. */
record Percentiles(double p50, double p95, double p99, double max) {

  static Percentiles of(long[] nanos) {
    if (nanos.length == 0) {
      return new Percentiles(0, 0, 0, 0);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Percentiles(
        at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
  }

  private static double at(long[] sorted, double q) {
    int index = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }
}
