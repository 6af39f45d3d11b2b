package no.saman.survey.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request and answer bodies of sign-in and user administration. */
public final class AccountCommands {

  private AccountCommands() {}

  @Serdeable
  public record Login(@NotBlank String username, @NotBlank String password) {}

  @Serdeable
  public record AccessToken(
      @com.fasterxml.jackson.annotation.JsonProperty("access_token") String accessToken,
      @com.fasterxml.jackson.annotation.JsonProperty("token_type") String tokenType,
      @com.fasterxml.jackson.annotation.JsonProperty("expires_in") int expiresIn) {}

  @Serdeable
  public record CreateUser(
      @NotBlank
          @Size(max = 100)
          @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "letters, digits and . _ @ - only")
          String username,
      @NotBlank @Size(min = 12, max = 200, message = "must be 12 to 200 characters")
          String password,
      @NotNull Role role,
      @Nullable @Pattern(regexp = "[0-9]{4}", message = "must be a 4-digit kommunenummer")
          String municipality,
      @Nullable @Size(max = 64) String network) {}

  @Serdeable
  public record UserView(
      String username, Role role, @Nullable String municipality, @Nullable String network) {
    static UserView of(UserAccount a) {
      return new UserView(a.username(), a.role(), a.municipality(), a.network());
    }
  }
}
