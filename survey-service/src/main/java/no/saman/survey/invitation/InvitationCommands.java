package no.saman.survey.invitation;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Request and answer of {@code POST /api/rounds/{id}/invitations}. */
public final class InvitationCommands {

  private InvitationCommands() {}

  @Serdeable
  public record CreateInvitations(@NotBlank String unit, @NotNull @Min(1) Integer count) {}

  /** The tokens and links are shown this once: only their hashes are stored. */
  @Serdeable
  public record IssuedInvitations(String unit, List<String> tokens, List<String> links) {}
}
