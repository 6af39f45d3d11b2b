package no.saman.survey.invitation.email;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.LocalDate;

/**
 * An invitee's e-mail address beside its token's hash, kept until the round closes; never joined to
 * a response, and with no time finer than a date.
 */
@MappedEntity("email_invitation")
public record EmailInvitation(
    @Id @MappedProperty("token_hash") byte[] tokenHash,
    @MappedProperty("round_id") String roundId,
    String address,
    @MappedProperty("sealed_token") byte[] sealedToken,
    String state,
    @MappedProperty("sent_count") int sentCount,
    @Nullable @MappedProperty("last_sent_on") LocalDate lastSentOn,
    int attempts,
    @Nullable @MappedProperty("attempted_on") LocalDate attemptedOn,
    @Nullable String error) {

  public static final String SENDING = "sending";
  public static final String SENT = "sent";
  public static final String FAILED = "failed";
  public static final String BOUNCED = "bounced";
}
