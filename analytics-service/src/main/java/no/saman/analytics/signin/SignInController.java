package no.saman.analytics.signin;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import no.saman.analytics.problem.Problem;
import no.saman.analytics.problem.ProblemException;

/**
 * {@code POST /api/login} on this service's own origin, answered by survey-service: the results
 * page signs in here, so its Content-Security-Policy can stay {@code connect-src 'self'}.
 */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api/login")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class SignInController {

  private final SurveySignIn survey;

  SignInController(SurveySignIn survey) {
    this.survey = survey;
  }

  /**
   * survey-service's answer unchanged: the token, 400 or 401 problem+json; a sign-in without a
   * username or password is refused here, without asking survey-service.
   */
  @Post(consumes = MediaType.APPLICATION_JSON)
  HttpResponse<byte[]> signIn(@Body Credentials credentials) {
    List<Problem.InvalidParam> missing = new ArrayList<>();
    if (credentials.username() == null || credentials.username().isBlank()) {
      missing.add(new Problem.InvalidParam("username", "must not be blank"));
    }
    if (credentials.password() == null || credentials.password().isBlank()) {
      missing.add(new Problem.InvalidParam("password", "must not be blank"));
    }
    if (!missing.isEmpty()) {
      throw ProblemException.invalidParameters(missing);
    }
    SurveySignIn.Answer answer = survey.signIn(credentials);
    return HttpResponse.<byte[]>status(HttpStatus.valueOf(answer.status()))
        .contentType(answer.contentType())
        .header("Cache-Control", "no-store")
        .body(answer.body());
  }
}
