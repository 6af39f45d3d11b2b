package no.saman.survey.invitation.email;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Requests and answers of the e-mail invitations and reminders. */
public final class EmailCommands {

  private EmailCommands() {}

  @Serdeable
  public record EmailInvitations(@Nullable String unit, @Nullable List<String> addresses) {}

  @Serdeable
  public record Refused(String address, String error) {}

  @Serdeable
  public record EmailsSent(String unit, int sent, List<Refused> refused) {}

  @Serdeable
  public record RemindersSent(int sent, List<Refused> refused, long skipped) {}

  static List<Refused> refused(List<AddressList.Refusal> refusals) {
    return refusals.stream().map(r -> new Refused(r.address(), r.error())).toList();
  }
}
