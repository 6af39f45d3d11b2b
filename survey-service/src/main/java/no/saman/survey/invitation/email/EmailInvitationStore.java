package no.saman.survey.invitation.email;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.saman.survey.invitation.InvitationService;
import no.saman.survey.invitation.IssuableRound;
import no.saman.survey.invitation.LinkTokens;

/**
 * Records the invitations and addresses of an upload in one transaction before anything is sent,
 * each row already claimed for sending, so that no e-mail goes out that is not on record.
 */
@Singleton
public class EmailInvitationStore {

  private final InvitationService invitations;
  private final EmailInvitationRepository rows;
  private final LinkSeal seal;
  private final Clock clock;

  public EmailInvitationStore(
      InvitationService invitations, EmailInvitationRepository rows, LinkSeal seal, Clock clock) {
    this.invitations = invitations;
    this.rows = rows;
    this.seal = seal;
    this.clock = clock;
  }

  @Transactional
  public List<EmailInvitation> record(IssuableRound target, List<String> addresses) {
    if (addresses.isEmpty()) {
      return List.of();
    }
    List<String> tokens = InvitationService.newTokens(addresses.size());
    invitations.store(target, tokens);
    LocalDate today = LocalDate.now(clock);
    List<EmailInvitation> created = new ArrayList<>(addresses.size());
    for (int i = 0; i < addresses.size(); i++) {
      byte[] hash = LinkTokens.hash(tokens.get(i)).orElseThrow();
      created.add(
          new EmailInvitation(
              hash,
              target.round().id(),
              addresses.get(i),
              seal.seal(tokens.get(i), hash),
              EmailInvitation.SENDING,
              0,
              null,
              0,
              today,
              null));
    }
    return rows.saveAll(created);
  }
}
