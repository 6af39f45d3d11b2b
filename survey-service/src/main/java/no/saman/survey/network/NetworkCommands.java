package no.saman.survey.network;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
      @NotNull @Size(max = 400)
          List<@Pattern(regexp = "[0-9]{4}", message = "must be a 4-digit kommunenummer") String>
              municipalities) {}

  @Serdeable
  public record NetworkView(
      String id, String name, String theme, @Nullable String leader, List<String> municipalities) {}
}
