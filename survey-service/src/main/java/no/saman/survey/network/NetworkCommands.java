package no.saman.survey.network;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request and answer of {@code PUT /api/networks/{id}}. */
public final class NetworkCommands {

  private NetworkCommands() {}

  @Serdeable
  public record PutNetwork(
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 100) String theme,
      @Nullable @Size(max = 100) String leader,
      // Each code is checked by NetworkService once the size is known to be small: element
      // constraints would judge every item of a huge list, and each violation hashes the whole
      // body.
      @NotNull @Size(max = 400) List<String> municipalities) {}

  @Serdeable
  public record NetworkView(
      String id, String name, String theme, @Nullable String leader, List<String> municipalities) {}
}
