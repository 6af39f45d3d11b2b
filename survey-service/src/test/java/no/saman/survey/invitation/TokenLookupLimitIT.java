package no.saman.survey.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.survey.support.Api;
import no.saman.survey.support.SurveyServiceIT;
import org.junit.jupiter.api.Test;

/** Guessing links is slowed down: after the allowed unknown lookups, every lookup gets 429. */
@MicronautTest(transactional = false)
class TokenLookupLimitIT extends SurveyServiceIT {

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("survey.token-lookup.max-unknown-per-minute", "5");
    return properties;
  }

  @Test
  void shouldRefuseLookupsFromAnAddressThatTriedTooManyUnknownLinks() {
    String round = openRound("1548", "1548-INST");
    List<String> tokens = invite(round, "1548-INST", 1);
    assertThat(respondent.get("/api/survey/" + tokens.get(0)).status()).isEqualTo(200);

    for (int i = 0; i < 5; i++) {
      String guess = "guess-" + i + "-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
      assertThat(respondent.get("/api/survey/" + guess).status()).isEqualTo(404);
    }
    Api.Answer refused = respondent.get("/api/survey/" + tokens.get(0));
    Api.Answer page = respondent.get("/s/" + tokens.get(0));

    for (Api.Answer answer : List.of(refused, page)) {
      assertThat(answer.status()).as(answer.body()).isEqualTo(429);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.map()).containsEntry("status", 429);
    }
    assertThat(respondent.post("/api/survey/" + tokens.get(0) + "/response", validResponse(60, 80)))
        .extracting(Api.Answer::status)
        .as("nothing is stored while refused")
        .isEqualTo(429);
  }
}
