package no.saman.survey.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The request bodies of the organisation endpoints. */
public final class OrganisationCommands {

  private OrganisationCommands() {}

  /** {@code PUT /api/municipalities/{code}}. */
  @Serdeable
  public record PutMunicipality(
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 100) String county,
      @NotNull @Pattern(regexp = "nn|nb|neutral", message = "must be nn, nb or neutral")
          String language) {}

  /** {@code PUT /api/municipalities/{code}/units/{unit}}. */
  @Serdeable
  public record PutUnit(
      @NotBlank @Size(max = 200) String name,
      @Nullable @Size(max = 64) String parent,
      @NotNull @PositiveOrZero @Max(1_000_000) Integer headcount,
      @NotBlank @Size(max = 40) String type) {}
}
