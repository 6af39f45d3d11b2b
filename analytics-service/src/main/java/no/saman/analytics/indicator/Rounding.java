package no.saman.analytics.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounds published figures the way the published sources do: half up, two decimals. */
public final class Rounding {

  private static final int DECIMALS = 2;

  private Rounding() {}

  public static double round(double value) {
    return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
  }
}
