package no.saman.infra.testing.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates CSV files of which at least one line (or the header) is invalid for certain, seeded:
 * hostile text in every column, numbers out of range, broken UTF-8, huge files and wrong content
 * types. A file with one bad line must store nothing.
 *
 * @param header the header line of a valid file
 * @param goodLine a line the endpoint accepts
 * @param badValues per column, values the endpoint refuses there
 */
public record CsvCorpus(
    long seed, String header, List<String> goodLine, List<List<String>> badValues) {

  private static final List<String> WRONG_TYPES =
      List.of("application/json", "application/xml", "image/png", "multipart/form-data");

  public List<HostileCase> cases(int count) {
    Random random = new Random(seed);
    List<HostileCase> cases = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      cases.add(next(random));
    }
    return cases;
  }

  private HostileCase next(Random random) {
    return switch (random.nextInt(16)) {
      case 0, 1 -> badHeader(random);
      case 2, 3 -> brokenUtf8(random);
      case 4 -> huge(random);
      case 5, 6 -> wrongType(random);
      default -> badLines(random);
    };
  }

  private String badLine(Random random, List<String> carried) {
    List<String> fields = new ArrayList<>(goodLine);
    int column = random.nextInt(fields.size());
    List<String> bad = badValues.get(column);
    String value = bad.get(random.nextInt(bad.size()));
    fields.set(column, value);
    carried.add(value);
    return String.join(",", fields);
  }

  private HostileCase badLines(Random random) {
    int good = random.nextInt(30);
    int badAt = random.nextInt(good + 1);
    List<String> carried = new ArrayList<>();
    StringBuilder file = new StringBuilder(header).append('\n');
    for (int i = 0; i <= good; i++) {
      file.append(i == badAt ? badLine(random, carried) : String.join(",", goodLine));
      file.append(random.nextBoolean() ? "\n" : "\r\n");
    }
    return new HostileCase(
        "bad line " + (badAt + 2) + " of " + (good + 2),
        "text/csv",
        Json.utf8(file.toString()),
        null,
        carried);
  }

  private HostileCase badHeader(Random random) {
    String text =
        switch (random.nextInt(6)) {
          case 0 -> "";
          case 1 -> "\uFEFF";
          case 2 ->
              header.substring(0, header.lastIndexOf(',')) + "\n" + String.join(",", goodLine);
          case 3 -> HostileText.any(random) + "\n" + String.join(",", goodLine);
          case 4 -> header.replace(',', '\t') + "\n" + String.join("\t", goodLine);
          default -> "\n\n\n" + String.join(",", goodLine);
        };
    return new HostileCase("bad header", "text/csv", Json.utf8(text), null, List.of());
  }

  private HostileCase brokenUtf8(Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((header + "\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xC3, (byte) 0x28, (byte) 0xED, (byte) 0xA0});
    out.writeBytes(String.join(",", goodLine).getBytes(StandardCharsets.UTF_8));
    out.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
    return new HostileCase("broken UTF-8", "text/csv", out.toByteArray(), null, List.of());
  }

  private HostileCase huge(Random random) {
    StringBuilder file = new StringBuilder(header).append('\n');
    List<String> carried = new ArrayList<>();
    if (random.nextBoolean()) {
      String line = HostileText.ofLength(random, 1_500_000).replace('\n', ' ').replace('\r', ' ');
      file.append(line).append('\n');
      for (String field : line.split(",", -1)) {
        carried.add(field.trim());
      }
    } else {
      for (int i = 0; i < 5_000; i++) {
        file.append(badLine(random, carried)).append('\n');
      }
    }
    return new HostileCase(
        "huge file of " + file.length() + " characters",
        "text/csv",
        Json.utf8(file.toString()),
        null,
        carried);
  }

  private HostileCase wrongType(Random random) {
    String file = header + "\n" + String.join(",", goodLine) + "\n";
    String type = WRONG_TYPES.get(random.nextInt(WRONG_TYPES.size()));
    return new HostileCase("content type " + type, type, Json.utf8(file), null, List.of());
  }
}
