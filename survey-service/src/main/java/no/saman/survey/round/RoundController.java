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
  private final RoundProgressQuery progress;

  public RoundController(RoundService service, RoundProgressQuery progress) {
    this.service = service;
    this.progress = progress;
  }

  @Post
  public HttpResponse<RoundView> create(@Valid @Body RoundCommands.CreateRound body) {
    return HttpResponse.created(RoundView.of(service.create(body)));
  }

  @Get("/{id}")
  public RoundView get(String id) {
    return RoundView.of(service.find(id));
  }

  @Get("/{id}/progress")
  public RoundProgress progress(String id) {
    return progress.progress(id);
  }

  @Post("/{id}/close")
  public RoundView close(String id) {
    return RoundView.of(service.close(id));
  }
}
