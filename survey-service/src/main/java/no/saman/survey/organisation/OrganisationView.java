package no.saman.survey.organisation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** What the organisation endpoints answer. */
public final class OrganisationView {

  private OrganisationView() {}

  @Serdeable
  public record MunicipalityView(String code, String name, String county, String language) {
    static MunicipalityView of(Municipality m) {
      return new MunicipalityView(m.code(), m.name(), m.county(), m.language());
    }
  }

  @Serdeable
  public record UnitView(
      String municipality,
      String code,
      String name,
      @Nullable String parent,
      int headcount,
      String type) {
    static UnitView of(Unit u) {
      return new UnitView(
          u.key().municipality(),
          u.key().code(),
          u.name(),
          u.parent(),
          u.headcount(),
          u.serviceType());
    }
  }

  /** A municipality with its units, in code order (the page builds the tree from the parents). */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Tree(
      String code, String name, String county, String language, List<UnitView> units) {
    static Tree of(Municipality m, List<Unit> units) {
      return new Tree(
          m.code(), m.name(), m.county(), m.language(), units.stream().map(UnitView::of).toList());
    }
  }
}
