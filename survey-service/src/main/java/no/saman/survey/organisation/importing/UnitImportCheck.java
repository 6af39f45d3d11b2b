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
import no.saman.survey.organisation.ServiceTypes;

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
      rejected.add(ImportProblem.EMPTY_FILE.at(1, "header"));
      return plan(List.of(), rejected, existing, Map.of(), Map.of());
    }
    CsvRows.Row header = rows.get(0);
    Map<ImportColumns, Integer> columns = ImportColumns.positions(header.fields());
    for (ImportColumns column : ImportColumns.values()) {
      if (column.required && !columns.containsKey(column)) {
        rejected.add(
            ImportProblem.NO_COLUMN.at(header.line(), column.field, "column", column.field));
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
        problems.add(ImportProblem.MISSING.at(row.line(), "code"));
      } else if (!code.matches(CODE_PATTERN)) {
        problems.add(ImportProblem.CODE_FORMAT.at(row.line(), "code"));
      } else if (firstLine.containsKey(code)) {
        problems.add(
            ImportProblem.DUPLICATE.at(
                row.line(), "code", "code", code, "other", firstLine.get(code)));
      } else {
        firstLine.put(code, row.line());
      }
      if (name.isEmpty()) {
        problems.add(ImportProblem.MISSING.at(row.line(), "name"));
      } else if (name.length() > MAX_NAME) {
        problems.add(ImportProblem.TOO_LONG.at(row.line(), "name", "max", MAX_NAME));
      }
      if (!parent.isEmpty() && !parent.matches(CODE_PATTERN)) {
        problems.add(ImportProblem.PARENT_FORMAT.at(row.line(), "parent"));
      } else if (!parent.isEmpty() && parent.equals(code)) {
        problems.add(ImportProblem.OWN_PARENT.at(row.line(), "parent"));
      } else if (!parent.isEmpty()) {
        links.put(row.line(), new String[] {code, parent});
      }
      Optional<Integer> headcount = headcount(field(row, columns, ImportColumns.HEADCOUNT));
      if (headcount.isEmpty()) {
        problems.add(ImportProblem.HEADCOUNT.at(row.line(), "headcount", "max", MAX_HEADCOUNT));
      }
      String typeWord = field(row, columns, ImportColumns.TYPE);
      Optional<String> type = ServiceTypes.code(typeWord);
      if (type.isEmpty()) {
        problems.add(
            typeWord.isEmpty()
                ? ImportProblem.MISSING.at(row.line(), "type")
                : ImportProblem.UNKNOWN_TYPE.at(
                    row.line(),
                    "type",
                    "value",
                    typeWord,
                    "known",
                    String.join(", ", ServiceTypes.CODES)));
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
        rejected.add(ImportProblem.UNKNOWN_PARENT.at(line, "parent", "parent", parent));
        good.remove(line);
      } else if (!good.containsKey(line)) {
        continue;
      } else if (parentLine != null && badLines.contains(parentLine)) {
        rejected.add(
            ImportProblem.PARENT_REJECTED.at(
                line, "parent", "parent", parent, "other", parentLine));
        good.remove(line);
      } else {
        loop(code, parents)
            .ifPresent(
                path -> {
                  rejected.add(ImportProblem.LOOP.at(line, "parent", "path", path));
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
