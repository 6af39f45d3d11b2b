package no.saman.survey.response;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.saman.survey.organisation.Unit;
import no.saman.survey.organisation.UnitRepository;

/** The path from a municipality down to one of its units, as the response event carries it. */
@Singleton
public class UnitPaths {

  private final UnitRepository units;

  public UnitPaths(UnitRepository units) {
    this.units = units;
  }

  public List<String> of(String municipality, String unitCode) {
    List<String> path = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String code = unitCode;
    while (code != null && seen.add(code)) {
      path.add(code);
      code = units.findById(new Unit.Key(municipality, code)).map(Unit::parent).orElse(null);
    }
    path.add(municipality);
    Collections.reverse(path);
    return path;
  }
}
