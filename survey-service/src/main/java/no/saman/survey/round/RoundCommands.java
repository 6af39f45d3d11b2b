package no.saman.survey.round;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import no.saman.web.json.LenientLocalDate;

/** The request bodies of the round endpoints. */
public final class RoundCommands {

  private RoundCommands() {}

  /** {@code POST /api/rounds}. */
  @Serdeable
  public record CreateRound(
      @NotNull @Pattern(regexp = "[0-9]{4}", message = "must be a 4-digit kommunenummer")
          String municipality,
      @NotBlank @Size(max = 200) String title,
      @NotNull
          @Pattern(
              regexp = "[0-9]{4}-[a-z0-9-]{1,34}",
              message = "must look like 2013-autumn: a year, a dash, lower-case letters or digits")
          String wave,
      // Each id is checked by RoundService once the size is known to be small: element constraints
      // would judge every item of a huge list, and each violation hashes the whole body.
      @NotEmpty @Size(max = 10) List<String> modules,
      @NotNull @Serdeable.Deserializable(using = LenientLocalDate.class) LocalDate opens,
      @NotNull @Serdeable.Deserializable(using = LenientLocalDate.class) LocalDate closes) {}

  /** {@code POST /api/rounds/{id}/extend}: the new last day of the window. */
  @Serdeable
  public record Extend(
      @NotNull @Serdeable.Deserializable(using = LenientLocalDate.class) LocalDate closes) {}
}
