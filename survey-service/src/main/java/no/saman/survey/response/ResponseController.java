package no.saman.survey.response;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import java.util.Map;

/** The respondent's side: the one-time link token is the only credential. */
@Controller("/api/survey/{token}")
public class ResponseController {

  private final ResponseService service;

  public ResponseController(ResponseService service) {
    this.service = service;
  }

  @Post("/response")
  public HttpResponse<Receipt> submit(String token, @Body Map<String, Object> body) {
    return HttpResponse.created(service.submit(token, body));
  }
}
