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

/**
 * {@code POST /api/login} on this service's own origin, answered by survey-service: the results
 * page signs in here, so its Content-Security-Policy can stay {@code connect-src 'self'}.
 */
@Controller("/api/login")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class SignInController {

  private final SurveySignIn survey;

  SignInController(SurveySignIn survey) {
    this.survey = survey;
  }

  /** survey-service's answer unchanged: the token, 400 or 401 problem+json. */
  @Post(consumes = MediaType.APPLICATION_JSON)
  HttpResponse<byte[]> signIn(@Body Credentials credentials) {
    SurveySignIn.Answer answer = survey.signIn(credentials);
    return HttpResponse.<byte[]>status(HttpStatus.valueOf(answer.status()))
        .contentType(answer.contentType())
        .header("Cache-Control", "no-store")
        .body(answer.body());
  }
}
