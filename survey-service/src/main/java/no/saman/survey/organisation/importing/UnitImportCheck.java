package no.saman.survey.organisation.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks every line of an organisation file against the municipality's units: each field on its
 * own, duplicate codes, parents that exist (in the file or the database) and loops in the tree the
 * import would leave. Pure: it decides, the caller stores.
 */
public final class UnitImportCheck {

  static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";
  static final int MAX_NAME = 200;
  static final int MAX_HEADCOUNT = 1_000_000;

  /** The decision: the result to answer, and the units to store when nothing was rejected. */
  public record Plan(ImportResult result, List<ImportedUnit> toStore) {}

  private UnitImportCheck() {}

  /**
   * @param existing the municipality's units by code
   */
  public static Plan check(List<CsvRows.Row> rows, Map<String, ImportedUnit> existing) {
    List<ImportResult.Rejected> rejected = new ArrayList<>();
    if (rows.isEmpty()) {
      rejected.add(new ImportResult.Rejected(1, "header", "the file is empty: a header is needed"));
      return plan(List.of(), rejected, existing, Map.of(), Map.of());
    }
    CsvRows.Row header = rows.get(0);
    Map<ImportColumns, Integer> columns = ImportColumns.positions(header.fields());
    for (ImportColumns column : ImportColumns.values()) {
      if (column.required && !columns.containsKey(column)) {
        rejected.add(
            new ImportResult.Rejected(
                header.line(), column.field, "the header has no " + column.field + " column"));
      }
    }
    if (!rejected.isEmpty()) {
      return plan(List.of(), rejected, existing, Map.of(), Map.of());
    }
    Map<String, Integer> firstLine = new HashMap<>();
    Map<Integer, ImportedUnit> good = new LinkedHashMap<>();
    Map<Integer, String> codeOfLine = new HashMap<>();
    Map<Integer, String> nameOfLine = new HashMap<>();
    Map<Integer, String[]> links = new LinkedHashMap<>();
    Set<Integer> badLines = new HashSet<>();
    for (CsvRows.Row row : rows.subList(1, rows.size())) {
      List<ImportResult.Rejected> problems = new ArrayList<>();
      String code = field(row, columns, ImportColumns.CODE);
      String name = field(row, columns, ImportColumns.NAME);
      String parent = field(row, columns, ImportColumns.PARENT);
      codeOfLine.put(row.line(), code.isEmpty() ? null : code);
      nameOfLine.put(row.line(), name.isEmpty() ? null : name);
      if (code.isEmpty()) {
        problems.add(reject(row, "code", "is missing"));
      } else if (!code.matches(CODE_PATTERN)) {
        problems.add(reject(row, "code", "must be 1-64 letters, digits, - or _"));
      } else if (firstLine.containsKey(code)) {
        problems.add(
            reject(row, "code", "duplicate: " + code + " is also on line " + firstLine.get(code)));
      } else {
        firstLine.put(code, row.line());
      }
      if (name.isEmpty()) {
        problems.add(reject(row, "name", "is missing"));
      } else if (name.length() > MAX_NAME) {
        problems.add(reject(row, "name", "is longer than " + MAX_NAME + " characters"));
      }
      if (!parent.isEmpty() && !parent.matches(CODE_PATTERN)) {
        problems.add(reject(row, "parent", "must be a unit code"));
      } else if (!parent.isEmpty() && parent.equals(code)) {
        problems.add(reject(row, "parent", "loop: a unit cannot be its own parent"));
      } else if (!parent.isEmpty()) {
        links.put(row.line(), new String[] {code, parent});
      }
      Optional<Integer> headcount = headcount(field(row, columns, ImportColumns.HEADCOUNT));
      if (headcount.isEmpty()) {
        problems.add(reject(row, "headcount", "must be a whole number from 0 to " + MAX_HEADCOUNT));
      }
      String typeWord = field(row, columns, ImportColumns.TYPE);
      Optional<String> type = ServiceTypes.code(typeWord);
      if (type.isEmpty()) {
        problems.add(
            reject(
                row,
                "type",
                (typeWord.isEmpty() ? "is missing" : "unknown service type " + typeWord)
                    + "; known: "
                    + String.join(", ", ServiceTypes.CODES)));
      }
      if (problems.isEmpty()) {
        good.put(
            row.line(),
            new ImportedUnit(
                code, name, parent.isEmpty() ? null : parent, headcount.get(), type.get()));
      } else {
        rejected.addAll(problems);
        badLines.add(row.line());
      }
    }
    checkTree(good, links, existing, firstLine, badLines, rejected);
    rejected.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : 0);
    return plan(rows.subList(1, rows.size()), rejected, existing, good, codeOfLine, nameOfLine);
  }

  /**
   * Unknown parents (of every line) and loops (of the good ones), judged on the tree as the import
   * would leave it.
   */
  private static void checkTree(
      Map<Integer, ImportedUnit> good,
      Map<Integer, String[]> links,
      Map<String, ImportedUnit> existing,
      Map<String, Integer> firstLine,
      Set<Integer> badLines,
      List<ImportResult.Rejected> rejected) {
    Map<String, String> parents = new HashMap<>();
    existing.values().forEach(u -> parents.put(u.code(), u.parent()));
    good.values().forEach(u -> parents.put(u.code(), u.parent()));
    for (Map.Entry<Integer, String[]> link : links.entrySet()) {
      int line = link.getKey();
      String code = link.getValue()[0];
      String parent = link.getValue()[1];
      Integer parentLine = firstLine.get(parent);
      if (parentLine == null && !existing.containsKey(parent)) {
        rejected.add(
            new ImportResult.Rejected(
                line, "parent", "unknown parent " + parent + ": not in the file nor registered"));
        good.remove(line);
      } else if (!good.containsKey(line)) {
        continue;
      } else if (parentLine != null && badLines.contains(parentLine)) {
        rejected.add(
            new ImportResult.Rejected(
                line, "parent", "parent " + parent + " is on line " + parentLine + ", rejected"));
        good.remove(line);
      } else {
        loop(code, parents)
            .ifPresent(
                path -> {
                  rejected.add(new ImportResult.Rejected(line, "parent", "loop: " + path));
                  good.remove(line);
                });
      }
    }
  }

  /** The loop through {@code code}, as "A → B → A", if its ancestors come back to it. */
  static Optional<String> loop(String code, Map<String, String> parents) {
    List<String> path = new ArrayList<>(List.of(code));
    Set<String> seen = new HashSet<>(path);
    String current = parents.get(code);
    while (current != null) {
      path.add(current);
      if (current.equals(code)) {
        return Optional.of(String.join(" → ", path));
      }
      if (!seen.add(current)) {
        return Optional.empty(); // a loop above this unit, reported on its own lines
      }
      current = parents.get(current);
    }
    return Optional.empty();
  }

  private static Plan plan(
      List<CsvRows.Row> rows,
      List<ImportResult.Rejected> rejected,
      Map<String, ImportedUnit> existing,
      Map<Integer, ImportedUnit> good,
      Map<Integer, String> codes,
      Map<Integer, String> names) {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    List<ImportedUnit> toStore = new ArrayList<>();
    List<ImportResult.Line> lines = new ArrayList<>();
    Set<String> inFile = new HashSet<>(codes.values());
    for (CsvRows.Row row : rows) {
      ImportedUnit unit = good.get(row.line());
      String change;
      if (unit == null) {
        change = ImportResult.REJECTED;
      } else if (!existing.containsKey(unit.code())) {
        change = ImportResult.CREATED;
        created++;
        toStore.add(unit);
      } else if (!existing.get(unit.code()).equals(unit)) {
        change = ImportResult.UPDATED;
        updated++;
        toStore.add(unit);
      } else {
        change = ImportResult.UNCHANGED;
        unchanged++;
      }
      lines.add(
          new ImportResult.Line(row.line(), codes.get(row.line()), names.get(row.line()), change));
    }
    List<String> missing =
        new ArrayList<>(
            new TreeSet<>(existing.keySet().stream().filter(c -> !inFile.contains(c)).toList()));
    return new Plan(
        new ImportResult(created, updated, unchanged, missing, rejected, lines), toStore);
  }

  private static Plan plan(
      List<CsvRows.Row> rows,
      List<ImportResult.Rejected> rejected,
      Map<String, ImportedUnit> existing,
      Map<Integer, ImportedUnit> good,
      Map<Integer, String> codes) {
    return plan(rows, rejected, existing, good, codes, Map.of());
  }

  private static ImportResult.Rejected reject(CsvRows.Row row, String field, String error) {
    return new ImportResult.Rejected(row.line(), field, error);
  }

  private static String field(
      CsvRows.Row row, Map<ImportColumns, Integer> columns, ImportColumns c) {
    Integer index = columns.get(c);
    if (index == null || index >= row.fields().size()) {
      return "";
    }
    return row.fields().get(index).strip();
  }

  /** A whole number from 0 to the maximum; spaces between thousands are allowed (1 200). */
  static Optional<Integer> headcount(String text) {
    String digits = text.replace(" ", "").replace("\u00A0", "");
    if (!digits.matches("[0-9]{1,7}")) {
      return Optional.empty();
    }
    int value = Integer.parseInt(digits);
    return value <= MAX_HEADCOUNT ? Optional.of(value) : Optional.empty();
  }
}
