package no.saman.analytics.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The current state of one municipality, unit or network, from the compacted {@code
 * survey.organisation.v1}.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationEvent(
    @Nullable String schema,
    @Nullable String type,
    @Nullable String municipality,
    @Nullable String name,
    @Nullable String county,
    @Nullable String language,
    @Nullable String unit,
    @Nullable String parent,
    @Nullable Integer headcount,
    @Nullable String serviceType,
    @Nullable String network,
    @Nullable String theme,
    @Nullable String leader,
    @Nullable List<String> members)
    implements IngestEvent {

  public static final String TOPIC = "survey.organisation.v1";
  public static final String MUNICIPALITY = "municipality";
  public static final String UNIT = "unit";
  public static final String NETWORK = "network";

  private static final Pattern NETWORK_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  public boolean isUnit() {
    return UNIT.equals(type);
  }

  public boolean isNetwork() {
    return NETWORK.equals(type);
  }

  @Override
  public List<String> violations() {
    Violations v = new Violations();
    v.constant("schema", schema, TOPIC);
    if (v.required("type", type)) {
      v.oneOf("type", type, List.of(MUNICIPALITY, UNIT, NETWORK));
    }
    if (v.required("name", name)) {
      v.length("name", name, 1, 200);
    }
    v.matches("municipality", municipality, ResponseEvent.MUNICIPALITY);
    v.length("county", county, 0, 100);
    v.oneOf("language", language, List.of("nn", "nb", "neutral"));
    v.length("unit", unit, 1, 64);
    v.length("parent", parent, 0, 64);
    v.atLeast("headcount", headcount, 0);
    v.length("serviceType", serviceType, 0, 40);
    v.matches("network", network, NETWORK_ID);
    v.length("theme", theme, 0, 100);
    v.length("leader", leader, 0, 100);
    if (members != null) {
      members.forEach(m -> v.matches("members", m, ResponseEvent.MUNICIPALITY));
      if (members.contains(null) || new HashSet<>(members).size() != members.size()) {
        v.add("members: must be distinct municipality codes");
      }
    }
    if (MUNICIPALITY.equals(type)) {
      v.required("municipality", municipality);
      v.required("county", county);
      v.required("language", language);
    } else if (isUnit()) {
      v.required("municipality", municipality);
      v.required("unit", unit);
      v.required("headcount", headcount);
      v.required("serviceType", serviceType);
    } else if (isNetwork()) {
      v.required("network", network);
      v.required("theme", theme);
      v.required("members", members);
    }
    return v.messages();
  }
}
