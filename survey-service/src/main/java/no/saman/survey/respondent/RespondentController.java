package no.saman.survey.respondent;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Map;
import no.saman.survey.problem.Problem;
import no.saman.survey.response.Receipt;
import no.saman.survey.response.ResponseService;

/** The respondent's side of the API: the one-time link token is the only credential. */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api/survey/{token}")
@Secured(SecurityRule.IS_ANONYMOUS)
public class RespondentController {

  private final RespondentService respondents;
  private final ResponseService responses;

  public RespondentController(RespondentService respondents, ResponseService responses) {
    this.respondents = respondents;
    this.responses = responses;
  }

  @Get
  public Questionnaire questionnaire(String token, @Nullable @QueryValue String lang) {
    return respondents.questionnaire(token, lang);
  }

  @Put("/draft")
  public HttpResponse<Void> saveDraft(String token, @Body Map<String, Object> body) {
    respondents.saveDraft(token, body);
    return HttpResponse.noContent();
  }

  @Post("/response")
  public HttpResponse<Receipt> submit(String token, @Body Map<String, Object> body) {
    return HttpResponse.created(responses.submit(token, body));
  }
}
