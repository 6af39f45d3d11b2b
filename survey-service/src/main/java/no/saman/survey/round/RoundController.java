package no.saman.survey.round;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.validation.Validated;
import jakarta.validation.Valid;

/** Launches and closes survey rounds. Sign-in and scope checks come with accounts. */
@Controller("/api/rounds")
@Validated
public class RoundController {

  private final RoundService service;

  public RoundController(RoundService service) {
    this.service = service;
  }

  @Post
  public HttpResponse<RoundView> create(@Valid @Body RoundCommands.CreateRound body) {
    return HttpResponse.created(RoundView.of(service.create(body)));
  }

  @Get("/{id}")
  public RoundView get(String id) {
    return RoundView.of(service.find(id));
  }

  @Post("/{id}/close")
  public RoundView close(String id) {
    return RoundView.of(service.close(id));
  }
}
