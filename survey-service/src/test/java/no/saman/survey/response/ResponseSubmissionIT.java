package no.saman.survey.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.saman.infra.contracts.EventContract;
import no.saman.infra.testing.SharedKafka;
import no.saman.survey.support.Api;
import no.saman.survey.support.SurveyServiceIT;
import no.saman.survey.support.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ResponseSubmissionIT extends SurveyServiceIT {

  @Test
  void shouldStoreAndPublishAnAcceptedResponseThatHonoursTheContract() throws Exception {
    String round = openRound("1548", "1548-INST");
    String token = invite(round, "1548-INST", 1).get(0);

    Api.Answer answer =
        respondent.post("/api/survey/" + token + "/response", validResponse(60, 80));

    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.map()).containsKeys("receipt", "submittedOn");
    try (TopicReader reader =
        new TopicReader(SharedKafka.bootstrapServers(), "survey.response.v1")) {
      List<ConsumerRecord<String, String>> published =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(() -> reader.poll(r -> r.value().contains(round)), l -> l.size() == 1);
      ConsumerRecord<String, String> event = published.get(0);
      assertThat(event.key()).isEqualTo("1548");
      assertThat(EventContract.forTopic("survey.response.v1").violations(event.value())).isEmpty();
      Map<?, ?> body = json.readValue(event.value(), Map.class);
      assertThat(body.get("unitPath")).isEqualTo(List.of("1548", "1548-INST"));
      Map<?, ?> answers = (Map<?, ?>) body.get("answers");
      assertThat(answers.get("H1")).isEqualTo(60);
      assertThat(answers.get("H2")).isEqualTo(80);
      assertThat(body.get("wave")).isEqualTo("2013-autumn");
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> count("outbox") == 0);
    assertThat(count("response WHERE round_id = '" + round + "'")).isEqualTo(1);
  }

  @Test
  void shouldRejectBadAnswersNamingEachItemAndStoreNothing() throws Exception {
    String round = openRound("1549", "1549-HEIM");
    String token = invite(round, "1549-HEIM", 1).get(0);
    long responsesBefore = count("response");
    long outboxBefore = count("outbox");

    Api.Answer answer =
        respondent.post(
            "/api/survey/" + token + "/response",
            Map.of("language", "nn", "answers", Map.of("H1", 150, "H2", "80", "H99", 3)));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(fields(answer)).contains("answers.H1", "answers.H2", "answers.H99");
    assertThat(count("response")).isEqualTo(responsesBefore);
    assertThat(count("outbox")).isLessThanOrEqualTo(outboxBefore);
    assertThat(
            respondent.post("/api/survey/" + token + "/response", validResponse(50, 50)).status())
        .as("the token is still unused after a rejected attempt")
        .isEqualTo(201);
  }

  @Test
  void shouldAnswerMalformedJsonWithAProblem() {
    String round = openRound("1550", "1550-A");
    String token = invite(round, "1550-A", 1).get(0);

    Api.Answer answer = respondent.postRaw("/api/survey/" + token + "/response", "{\"answers\": {");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }

  @Test
  void shouldRefuseAReusedTokenWith409() {
    String round = openRound("1551", "1551-A");
    String token = invite(round, "1551-A", 1).get(0);
    assertThat(
            respondent.post("/api/survey/" + token + "/response", validResponse(80, 80)).status())
        .isEqualTo(201);

    Api.Answer again =
        respondent.post("/api/survey/" + token + "/response", validResponse(80, 100));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
  }

  @Test
  void shouldAnswer404ForAnUnknownTokenAnd410WhenTheRoundIsClosed() {
    String round = openRound("1552", "1552-A");
    String token = invite(round, "1552-A", 1).get(0);
    String unknown = "A".repeat(43);
    assertThat(
            respondent.post("/api/survey/" + unknown + "/response", validResponse(80, 80)).status())
        .isEqualTo(404);
    assertThat(respondent.post("/api/survey/short/response", validResponse(80, 80)).status())
        .isEqualTo(404);

    assertThat(api.post("/api/rounds/" + round + "/close", Map.of()).status()).isEqualTo(200);

    assertThat(
            respondent.post("/api/survey/" + token + "/response", validResponse(80, 80)).status())
        .isEqualTo(410);
  }

  @Test
  void shouldAcceptExactlyOneOfTenConcurrentSubmissionsWithOneToken() throws Exception {
    String round = openRound("1553", "1553-A");
    String token = invite(round, "1553-A", 1).get(0);
    long before = count("response");
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Callable<Integer>> submissions = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        submissions.add(
            () ->
                respondent
                    .post("/api/survey/" + token + "/response", validResponse(70, 90))
                    .status());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(submissions)) {
        statuses.add(f.get());
      }
      assertThat(statuses).containsOnly(201, 409);
      assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(count("response")).isEqualTo(before + 1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldReportProgressPerUnit() {
    String round = openRound("1554", "1554-A");
    List<String> tokens = invite(round, "1554-A", 3);
    respondent.post("/api/survey/" + tokens.get(0) + "/response", validResponse(60, 80));

    Map<String, Object> progress = api.get("/api/rounds/" + round + "/progress").map();

    Map<String, Object> unit = ((List<Map<String, Object>>) progress.get("units")).get(0);
    assertThat(unit)
        .containsEntry("unit", "1554-A")
        .containsEntry("headcount", 90)
        .containsEntry("invited", 3)
        .containsEntry("submitted", 1);
    assertThat(((Number) unit.get("responseRate")).doubleValue()).isEqualTo(0.011);
    assertThat(progress).containsEntry("submitted", 1);
  }

  @Test
  void shouldKeepNoTokenAddressAgentOrTimeOfDayWithResponses() throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection c = database.connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT column_name, data_type FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND table_name = 'response'")) {
      while (rs.next()) {
        columns.add(rs.getString(1).toLowerCase() + ":" + rs.getString(2).toLowerCase());
      }
    }
    assertThat(columns).isNotEmpty();
    assertThat(columns)
        .noneMatch(c -> c.matches(".*(token|ip|addr|agent|invitation).*:.*"))
        .noneMatch(c -> c.endsWith(":datetime") || c.endsWith(":timestamp") || c.endsWith(":time"));
  }

  @SuppressWarnings("unchecked")
  private static List<String> fields(Api.Answer answer) {
    return ((List<Map<String, Object>>) answer.map().get("errors"))
        .stream().map(e -> (String) e.get("field")).toList();
  }

  private long count(String table) throws SQLException {
    try (Connection c = database.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
