package no.saman.analytics.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parsed JSON with every fractional number rounded half up to two decimals, for tests that check
 * the published figures (which have two) against the API's unrounded values.
 */
public final class Rounded {

  private Rounded() {}

  @SuppressWarnings("unchecked")
  public static <T> T twoDecimals(T json) {
    if (json instanceof Double d) {
      return (T) (Double) BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
    if (json instanceof Map<?, ?> map) {
      Map<Object, Object> rounded = new LinkedHashMap<>();
      map.forEach((k, v) -> rounded.put(k, twoDecimals(v)));
      return (T) rounded;
    }
    if (json instanceof List<?> list) {
      List<Object> rounded = new ArrayList<>();
      list.forEach(v -> rounded.add(twoDecimals(v)));
      return (T) rounded;
    }
    return json;
  }
}
