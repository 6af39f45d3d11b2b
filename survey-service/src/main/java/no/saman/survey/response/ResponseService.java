package no.saman.survey.response;

import io.micronaut.http.HttpStatus;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.saman.survey.instrument.InstrumentCatalogue;
import no.saman.survey.instrument.Module;
import no.saman.survey.invitation.Invitation;
import no.saman.survey.invitation.InvitationRepository;
import no.saman.survey.invitation.LinkTokens;
import no.saman.survey.outbox.Outbox;
import no.saman.survey.problem.ProblemException;
import no.saman.survey.round.RoundService;
import no.saman.survey.round.SurveyRound;

/**
 * Accepts a response for a one-time token: the response, its outbox event and the spent token are
 * written in one transaction, so a response is stored and published exactly when the token is used,
 * and a rejected one leaves nothing behind.
 */
@Singleton
public class ResponseService {

  private final InvitationRepository invitations;
  private final StoredResponseRepository responses;
  private final RoundService rounds;
  private final InstrumentCatalogue catalogue;
  private final UnitPaths unitPaths;
  private final Outbox outbox;
  private final ObjectMapper json;
  private final Clock clock;

  public ResponseService(
      InvitationRepository invitations,
      StoredResponseRepository responses,
      RoundService rounds,
      InstrumentCatalogue catalogue,
      UnitPaths unitPaths,
      Outbox outbox,
      ObjectMapper json,
      Clock clock) {
    this.invitations = invitations;
    this.responses = responses;
    this.rounds = rounds;
    this.catalogue = catalogue;
    this.unitPaths = unitPaths;
    this.outbox = outbox;
    this.json = json;
    this.clock = clock;
  }

  @Transactional
  public Receipt submit(String token, Map<String, Object> body) {
    byte[] hash = LinkTokens.hash(token).orElseThrow(ResponseService::unknownLink);
    Invitation invitation =
        invitations.findForUpdate(hash).orElseThrow(ResponseService::unknownLink);
    if (invitation.used()) {
      throw new ProblemException(HttpStatus.CONFLICT, "This link has already been used to answer.");
    }
    SurveyRound round = rounds.find(invitation.roundId());
    LocalDate today = LocalDate.now(clock);
    if (!round.acceptsAnswersOn(today)) {
      throw new ProblemException(
          HttpStatus.GONE,
          "This survey is not open for answers (open "
              + round.opens()
              + " to "
              + round.closes()
              + ").");
    }
    List<Module> modules =
        round.moduleIds().stream().flatMap(id -> catalogue.module(id).stream()).toList();
    ResponseValidator.Result result =
        new ResponseValidator(modules, catalogue.background()).validate(body);
    if (!result.valid()) {
      throw ProblemException.invalid(result.errors());
    }
    ValidatedResponse valid = result.response();
    String responseId = UUID.randomUUID().toString();
    responses.save(
        new StoredResponse(
            responseId,
            round.id(),
            invitation.unitCode(),
            today,
            valid.language(),
            write(valid.background()),
            write(valid.answers()),
            write(valid.comments())));
    ResponseEvent event =
        new ResponseEvent(
            ResponseEvent.TOPIC,
            responseId,
            round.id(),
            round.wave(),
            round.municipality(),
            unitPaths.of(round.municipality(), invitation.unitCode()),
            today,
            valid.language(),
            valid.background(),
            valid.answers(),
            valid.comments());
    outbox.append(ResponseEvent.TOPIC, round.municipality(), event);
    invitations.markUsed(hash);
    return new Receipt(LinkTokens.newToken().substring(0, 10).toUpperCase(), today);
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ProblemException unknownLink() {
    return ProblemException.notFound("This link is not known. Check that it was copied whole.");
  }
}
