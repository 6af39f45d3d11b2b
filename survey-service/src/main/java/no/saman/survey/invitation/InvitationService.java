package no.saman.survey.invitation;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import no.saman.survey.organisation.Unit;
import no.saman.survey.organisation.UnitRepository;
import no.saman.survey.problem.ProblemException;
import no.saman.survey.round.RoundService;
import no.saman.survey.round.SurveyRound;

/** Issues one-time links for a unit of a round. */
@Singleton
public class InvitationService {

  private final RoundService rounds;
  private final UnitRepository units;
  private final InvitationRepository invitations;
  private final String publicUrl;
  private final int maxPerRequest;

  public InvitationService(
      RoundService rounds,
      UnitRepository units,
      InvitationRepository invitations,
      @Value("${survey.public-url}") String publicUrl,
      @Value("${survey.invitations.max-per-request:2000}") int maxPerRequest) {
    this.rounds = rounds;
    this.units = units;
    this.invitations = invitations;
    this.publicUrl =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    this.maxPerRequest = maxPerRequest;
  }

  @Transactional
  public InvitationCommands.IssuedInvitations issue(
      String roundId, InvitationCommands.CreateInvitations command) {
    SurveyRound round = rounds.find(roundId);
    if (command.count() > maxPerRequest) {
      throw ProblemException.invalid("count", "must be at most " + maxPerRequest + " per request");
    }
    if (!units.existsById(new Unit.Key(round.municipality(), command.unit()))) {
      throw ProblemException.invalid(
          "unit", "no unit " + command.unit() + " in municipality " + round.municipality());
    }
    List<String> tokens = new ArrayList<>(command.count());
    List<Invitation> rows = new ArrayList<>(command.count());
    for (int i = 0; i < command.count(); i++) {
      String token = LinkTokens.newToken();
      tokens.add(token);
      rows.add(
          new Invitation(LinkTokens.hash(token).orElseThrow(), roundId, command.unit(), false));
    }
    invitations.saveAll(rows);
    List<String> links = tokens.stream().map(t -> publicUrl + "/s/" + t).toList();
    return new InvitationCommands.IssuedInvitations(command.unit(), tokens, links);
  }
}
