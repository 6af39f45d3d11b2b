package no.saman.survey.invitation.email;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import no.saman.survey.round.RoundClosed;

/**
 * Deletes a round's e-mail addresses in the transaction that closes it; rounds that close by date
 * are cleared by the reminder scheduler's next check.
 */
@Singleton
public class AddressCleanup {

  private final EmailInvitationRepository rows;

  public AddressCleanup(EmailInvitationRepository rows) {
    this.rows = rows;
  }

  @EventListener
  void onClosed(RoundClosed event) {
    rows.deleteByRound(event.roundId());
  }
}
