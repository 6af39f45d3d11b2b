package no.saman.analytics.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.saman.analytics.support.Api;
import no.saman.analytics.support.Instruments;
import no.saman.analytics.support.IntegrationTest;
import no.saman.analytics.support.Sql;
import no.saman.analytics.support.TestEvents;
import no.saman.analytics.support.Tokens;
import no.saman.infra.testing.SharedKafka;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Comments come a page at a time from their own endpoint, in alphabetical order, each exactly once,
 * only for groups at the comment threshold; the results carry none.
 */
@MicronautTest
class CommentsIT extends IntegrationTest {

  private static final String HOLMESTRAND = "3903";
  private static final int BIG = 117;

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  private final String round = uniqueRound("3903-comments");
  private Api hr;

  @BeforeAll
  void sendCommentsInTwoModules() {
    hr = new Api(client, json).as(Tokens.hr(HOLMESTRAND));
    try (TestEvents events = new TestEvents(SharedKafka.bootstrapServers())) {
      events.sendMunicipality(HOLMESTRAND, "Holmestrand", "Vestfold", "nb");
      events.sendUnit(HOLMESTRAND, "3903-STOR", "Storstua", null, 200, "sjukeheim");
      events.sendUnit(HOLMESTRAND, "3903-LITA", "Vesle", null, 12, "anna");
      events.sendUnit(HOLMESTRAND, "3903-MIDT", "Midtre", null, 30, "anna");
      events.sendRound(
          round, HOLMESTRAND, "Kommentarar", "2013-autumn", "2013-09-01", Instruments.all());
      List<String> responses = new ArrayList<>();
      for (int i = 0; i < BIG; i++) {
        responses.add(
            events.response(
                round,
                "2013-autumn",
                List.of(HOLMESTRAND, "3903-STOR"),
                Map.of(),
                Map.of("H1", 50, "H2", 100),
                i % 3 == 0
                    ? Map.of("HEILTID", "Heiltid " + word(i), "LEIING", "leiing " + word(i))
                    : Map.of("HEILTID", "heiltid " + word(i))));
      }
      for (int i = 0; i < 6; i++) {
        responses.add(
            events.response(
                round,
                "2013-autumn",
                List.of(HOLMESTRAND, "3903-LITA"),
                Map.of(),
                Map.of("H1", 80, "H2", 80),
                Map.of("HEILTID", "Vesle " + i)));
      }
      // beside Vesle, below the comment threshold, the next smallest (Midtre) shows none either
      for (int i = 0; i < 15; i++) {
        responses.add(
            events.response(
                round,
                "2013-autumn",
                List.of(HOLMESTRAND, "3903-MIDT"),
                Map.of(),
                Map.of("H1", 70, "H2", 70),
                Map.of()));
      }
      events.sendAll(HOLMESTRAND, responses);
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                roundArrived(round)
                    && new Sql(database)
                            .number(
                                "SELECT COUNT(*) FROM response_answers WHERE round_id = ?", round)
                        == BIG + 6 + 15);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldPageEveryCommentOnceInAlphabeticalOrder() {
    String path = "/api/rounds/" + round + "/comments?unit=3903-STOR";
    List<String> texts = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String next = null;
    do {
      Map<String, Object> page = hr.json(path + (next == null ? "" : "&page=" + next));
      assertThat(page).containsEntry("suppressed", false).containsEntry("round", round);
      List<Map<String, Object>> comments = (List<Map<String, Object>>) page.get("comments");
      sizes.add(comments.size());
      comments.forEach(c -> texts.add(c.get("module") + ":" + c.get("text")));
      next = (String) page.get("next");
    } while (next != null);

    int leiing = (BIG + 2) / 3;
    assertThat(sizes).containsExactly(50, 50, 50, BIG + leiing - 150);
    assertThat(new HashSet<>(texts)).hasSize(BIG + leiing);
    List<String> bare = texts.stream().map(t -> t.substring(t.indexOf(':') + 1)).toList();
    for (int i = 1; i < bare.size(); i++) {
      assertThat(String.CASE_INSENSITIVE_ORDER.compare(bare.get(i - 1), bare.get(i)))
          .as("%s before %s", bare.get(i - 1), bare.get(i))
          .isLessThanOrEqualTo(0);
    }
    assertThat(texts).noneMatch(t -> t.contains("Vesle"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldFilterByModule() {
    Map<String, Object> page = hr.json("/api/rounds/" + round + "/comments?module=LEIING");
    List<Map<String, Object>> comments = (List<Map<String, Object>>) page.get("comments");
    assertThat(page).containsEntry("module", "LEIING").doesNotContainKey("next");
    assertThat(comments).hasSize((BIG + 2) / 3).allMatch(c -> "LEIING".equals(c.get("module")));
  }

  @Test
  void shouldShowNoCommentOfAGroupBelowTheCommentThresholdNorInTheResults() {
    assertThat(hr.json("/api/rounds/" + round + "/comments?unit=3903-LITA"))
        .containsOnlyKeys("round", "wave", "group", "suppressed", "reason")
        .containsEntry("reason", "too_few_responses_for_comments");
    assertThat(hr.json("/api/rounds/" + round + "/results")).doesNotContainKey("comments");
  }

  @Test
  void shouldRefuseABadPageOrModuleNamingTheField() {
    String base = "/api/rounds/" + round + "/comments";
    Set<String> checked = new HashSet<>();
    for (String query : List.of("?page=abc", "?page=" + "0".repeat(64), "?module=%20", "?unit=")) {
      Api.Answer answer = hr.get(base + query);
      assertThat(answer.status()).as(query).isEqualTo(400);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      String body = new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);
      String field = query.substring(1, query.indexOf('='));
      assertThat(body).as(query).contains("\"" + field + "\"");
      checked.add(field);
    }
    assertThat(checked).containsExactlyInAnyOrder("page", "module", "unit");
    assertThat(hr.get("/api/rounds/" + round + "/comments?unit=3903-NONE").status()).isEqualTo(404);
  }

  /** A word per number whose alphabetical order is not the number's order. */
  private static String word(int i) {
    return Integer.toString(i * 7919 % 1000, 36) + "-" + i;
  }
}
