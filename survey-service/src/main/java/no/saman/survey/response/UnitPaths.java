package no.saman.survey.response;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.saman.survey.organisation.UnitParents;

/** The path from a municipality down to one of its units, as the response event carries it. */
@Singleton
public class UnitPaths {

  private final UnitParents units;

  public UnitPaths(UnitParents units) {
    this.units = units;
  }

  public List<String> of(String municipality, String unitCode) {
    Map<String, String> parents = units.of(municipality, unitCode);
    List<String> path = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String code = unitCode;
    while (code != null && seen.add(code)) {
      path.add(code);
      code = parents.get(code);
    }
    path.add(municipality);
    Collections.reverse(path);
    return path;
  }
}
