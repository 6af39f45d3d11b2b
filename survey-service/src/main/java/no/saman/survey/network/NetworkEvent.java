package no.saman.survey.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The {@code survey.organisation.v1} event of type network: its current name, theme and members.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkEvent(
    String schema,
    String type,
    String network,
    String name,
    String theme,
    @Nullable String leader,
    List<String> members) {

  public static final String TOPIC = "survey.organisation.v1";

  static NetworkEvent of(Network n, List<String> members) {
    return new NetworkEvent(TOPIC, "network", n.id(), n.name(), n.theme(), n.leader(), members);
  }

  String key() {
    return "network/" + network;
  }
}
