package no.saman.survey.response;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import no.saman.survey.instrument.InstrumentCatalogue;
import no.saman.survey.instrument.Module;
import no.saman.survey.invitation.LinkTokens;
import no.saman.survey.problem.ProblemException;
import no.saman.survey.respondent.RespondentAccess;
import no.saman.survey.round.RoundInstruments;
import no.saman.survey.round.SurveyRound;

/**
 * Accepts a response for a one-time token: checks the link and validates the body here, in the
 * request's thread, then hands the response to the {@link ResponseWriter}, which stores it, its
 * outbox event and the spent token in one transaction (with other concurrent responses), so that a
 * response is stored and published exactly when the token is used, and a rejected one leaves
 * nothing behind. The request is answered only once that transaction has committed.
 */
@Singleton
public class ResponseService {

  private final RespondentAccess access;
  private final InstrumentCatalogue catalogue;
  private final RoundInstruments roundInstruments;
  private final UnitPaths unitPaths;
  private final ResponseWriter writer;
  private final ObjectMapper json;

  public ResponseService(
      RespondentAccess access,
      InstrumentCatalogue catalogue,
      RoundInstruments roundInstruments,
      UnitPaths unitPaths,
      ResponseWriter writer,
      ObjectMapper json) {
    this.access = access;
    this.catalogue = catalogue;
    this.roundInstruments = roundInstruments;
    this.unitPaths = unitPaths;
    this.writer = writer;
    this.json = json;
  }

  public Receipt submit(String token, Map<String, Object> body) {
    // Refuses unknown, spent and closed links early; the writer checks the spending again under
    // the lock, so that concurrent submissions of one token still give one 201.
    RespondentAccess.Access link = access.check(token);
    SurveyRound round = link.round();
    List<Module> modules = roundInstruments.modules(round);
    ResponseValidator.Result result =
        new ResponseValidator(modules, catalogue.background()).validate(body);
    if (!result.valid()) {
      throw ProblemException.invalid(result.errors());
    }
    ValidatedResponse valid = result.response();
    String responseId = UUID.randomUUID().toString();
    String background = write(valid.background());
    String answers = write(valid.answers());
    String comments = write(valid.comments());
    StoredResponse row =
        new StoredResponse(
            responseId,
            round.id(),
            link.invitation().unitCode(),
            link.today(),
            valid.language(),
            background,
            answers,
            comments);
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
    Receipt receipt =
        new Receipt(LinkTokens.newToken().substring(0, 10).toUpperCase(), link.today());
    CompletableFuture<Receipt> answer = new CompletableFuture<>();
    writer.write(
        new PendingResponse(
            link.tokenHash(),
            row,
            round.municipality(),
            event.toJson(json, background, answers, comments),
            receipt,
            answer));
    try {
      return answer.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
