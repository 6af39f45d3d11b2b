package no.saman.survey.response;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.saman.survey.instrument.InstrumentCatalogue;
import no.saman.survey.instrument.Module;
import no.saman.survey.invitation.InvitationRepository;
import no.saman.survey.invitation.LinkTokens;
import no.saman.survey.outbox.Outbox;
import no.saman.survey.problem.ProblemException;
import no.saman.survey.respondent.DraftRepository;
import no.saman.survey.respondent.RespondentAccess;
import no.saman.survey.round.RoundInstruments;
import no.saman.survey.round.SurveyRound;

/**
 * Accepts a response for a one-time token: the response, its outbox event and the spent token are
 * written in one transaction, so a response is stored and published exactly when the token is used,
 * and a rejected one leaves nothing behind.
 */
@Singleton
public class ResponseService {

  private final RespondentAccess access;
  private final InvitationRepository invitations;
  private final DraftRepository drafts;
  private final StoredResponseRepository responses;
  private final InstrumentCatalogue catalogue;
  private final RoundInstruments roundInstruments;
  private final UnitPaths unitPaths;
  private final Outbox outbox;
  private final ObjectMapper json;

  public ResponseService(
      RespondentAccess access,
      InvitationRepository invitations,
      DraftRepository drafts,
      StoredResponseRepository responses,
      InstrumentCatalogue catalogue,
      RoundInstruments roundInstruments,
      UnitPaths unitPaths,
      Outbox outbox,
      ObjectMapper json) {
    this.access = access;
    this.invitations = invitations;
    this.drafts = drafts;
    this.responses = responses;
    this.catalogue = catalogue;
    this.roundInstruments = roundInstruments;
    this.unitPaths = unitPaths;
    this.outbox = outbox;
    this.json = json;
  }

  @Transactional
  public Receipt submit(String token, Map<String, Object> body) {
    RespondentAccess.Access link = access.checkAndLock(token);
    SurveyRound round = link.round();
    List<Module> modules = roundInstruments.modules(round);
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
            link.invitation().unitCode(),
            link.today(),
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
            unitPaths.of(round.municipality(), link.invitation().unitCode()),
            link.today(),
            valid.language(),
            valid.background(),
            valid.answers(),
            valid.comments());
    outbox.append(ResponseEvent.TOPIC, round.municipality(), event);
    invitations.markUsed(link.tokenHash());
    drafts.deleteById(link.tokenHash());
    return new Receipt(LinkTokens.newToken().substring(0, 10).toUpperCase(), link.today());
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
