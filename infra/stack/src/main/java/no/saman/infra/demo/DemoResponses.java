package no.saman.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import no.saman.infra.demo.DemoOrganisation.Draw;
import no.saman.infra.demo.DemoOrganisation.Unit;

/**
 * Issues one-time links for each unit and answers through them, a few at a time, as respondents
 * would: every response goes through survey-service's public respondent API.
 */
public final class DemoResponses {

  private static final int PARALLEL = 4;

  private final JsonHttp survey;
  private final ProgressLine progress;
  private final int total;
  private final List<String> modules;
  private final AtomicInteger submitted = new AtomicInteger();

  /**
   * @param total how many responses will be submitted, for the progress line
   * @param modules the rounds' modules: the answers to these only
   */
  public DemoResponses(JsonHttp survey, ProgressLine progress, int total, List<String> modules) {
    this.survey = survey;
    this.progress = progress;
    this.total = total;
    this.modules = modules;
  }

  public int submitted() {
    return submitted.get();
  }

  /**
   * Answers the round for one unit with the drawn answers; unanswered links go to {@code unused}.
   */
  public void answer(String roundId, Unit unit, Draw draw, List<String> unused) {
    List<String> tokens = invite(roundId, unit);
    submit(tokens.subList(0, draw.n()), DemoAnswers.draw(unit.code(), draw, modules));
    unused.addAll(tokens.subList(draw.n(), tokens.size()));
  }

  private List<String> invite(String roundId, Unit unit) {
    JsonNode issued =
        survey.ok(
            survey.post(
                "/api/rounds/" + roundId + "/invitations",
                Map.of("unit", unit.code(), "count", unit.headcount())),
            "Issuing links for " + unit.name());
    List<String> tokens = new ArrayList<>();
    issued.get("tokens").forEach(t -> tokens.add(t.asText()));
    return tokens;
  }

  private void submit(List<String> tokens, List<Map<String, Object>> bodies) {
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    try {
      List<Future<?>> sent = new ArrayList<>();
      for (int i = 0; i < bodies.size(); i++) {
        String token = tokens.get(i);
        Map<String, Object> body = bodies.get(i);
        sent.add(
            pool.submit(
                () -> {
                  survey.ok(survey.post("/api/survey/" + token + "/response", body), "Answering");
                  show(submitted.incrementAndGet());
                }));
      }
      for (Future<?> f : sent) {
        f.get();
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  private synchronized void show(int done) {
    progress.show("Submitting demo responses", done, total);
  }
}
