package no.saman.infra.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The organisation the scale benchmark answers in: 400 municipalities of about 30 units each (20 to
 * 40, in sectors with units under them), the first a large one of 200 units, all in one network and
 * one wave, each with a round of its own.
 */
final class ScaleTree {

  static final int MUNICIPALITIES = 400;
  static final int LARGE_UNITS = 200;
  static final String NETWORK = "scale-network";
  static final String WAVE = "2025-scale";

  /** One leaf unit responses arrive in, with the path from the municipality down to it. */
  record Leaf(String municipality, List<String> path) {
    String unit() {
      return path.get(path.size() - 1);
    }
  }

  /** A municipality: its code, its sectors and its leaf units. */
  record Municipality(String code, List<String> sectors, List<Leaf> leaves) {
    int units() {
      return sectors.size() + leaves.size();
    }

    String roundId() {
      return "r-" + code + "-scale";
    }
  }

  private final List<Municipality> municipalities = new ArrayList<>();
  private final List<Leaf> leaves = new ArrayList<>();

  /** The benchmark's tree: municipalities 6000 to 6399. */
  ScaleTree() {
    this(MUNICIPALITIES, 6000, LARGE_UNITS);
  }

  /**
   * A tree of {@code count} municipalities coded from {@code firstCode}, the first of {@code large}
   * units.
   */
  ScaleTree(int count, int firstCode, int large) {
    for (int i = 0; i < count; i++) {
      int units = i == 0 ? large : 20 + (i * 7) % 21;
      int sectorCount = Math.max(3, units / 25);
      String code = String.valueOf(firstCode + i);
      List<String> sectors = new ArrayList<>();
      for (int s = 0; s < sectorCount; s++) {
        sectors.add(code + "-S" + s);
      }
      List<Leaf> own = new ArrayList<>();
      for (int u = 0; u < units - sectorCount; u++) {
        String sector = sectors.get(u % sectorCount);
        own.add(new Leaf(code, List.of(code, sector, code + "-U" + u)));
      }
      municipalities.add(new Municipality(code, List.copyOf(sectors), List.copyOf(own)));
      leaves.addAll(own);
    }
  }

  List<Municipality> municipalities() {
    return municipalities;
  }

  Municipality large() {
    return municipalities.get(0);
  }

  /** Every leaf unit, so that responses spread over units (and municipalities) by size. */
  List<Leaf> leaves() {
    return leaves;
  }

  int units() {
    return municipalities.stream().mapToInt(Municipality::units).sum();
  }
}
