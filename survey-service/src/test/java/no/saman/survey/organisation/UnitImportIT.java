package no.saman.survey.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.infra.contracts.EventContract;
import no.saman.infra.testing.SharedKafka;
import no.saman.survey.support.Api;
import no.saman.survey.support.SurveyServiceIT;
import no.saman.survey.support.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The organisation import against the real database and broker, as HR of the municipality. */
@MicronautTest(transactional = false)
class UnitImportIT extends SurveyServiceIT {

  private static final String GOOD =
      """
      Einingskode;Namn;Overordna;Tilsette;Tenestetype
      1832-HO;Helse og omsorg;;0;anna
      1832-SJH;Hemnes sjukeheim;1832-HO;42;sjukeheim
      1832-HEIM;Heimetenesta;1832-HO;31;heimeteneste
      """;

  private static final String TWO_BAD =
      """
      Einingskode;Namn;Overordna;Tilsette;Tenestetype
      1832-HO;Helse og omsorg;;0;anna
      1832-SJH;Hemnes sjukeheim;1832-HO;42,5;sjukeheim
      1832-HEIM;Heimetenesta;1832-XX;31;heimeteneste
      """;

  @Test
  void shouldPreviewWithoutStoringThenApplyAndPublishTheUnits() {
    Api hr = hrOf("1832", "hr.hemnes");

    Api.Answer preview = upload(hr, "1832", "true", GOOD.getBytes(StandardCharsets.UTF_8));
    assertThat(preview.status()).isEqualTo(200);
    assertThat(preview.map()).containsEntry("created", 3).containsEntry("rejected", List.of());
    assertThat(units(hr, "1832")).isEmpty();

    Api.Answer applied = upload(hr, "1832", "false", GOOD.getBytes(StandardCharsets.UTF_8));
    assertThat(applied.status()).isEqualTo(200);
    assertThat(applied.map()).containsEntry("created", 3);
    assertThat(units(hr, "1832"))
        .extracting(u -> u.get("code") + "<" + u.get("parent") + ":" + u.get("headcount"))
        .containsExactly("1832-HEIM<1832-HO:31", "1832-HO<null:0", "1832-SJH<1832-HO:42");

    EventContract contract = EventContract.forTopic("survey.organisation.v1");
    try (TopicReader reader =
        new TopicReader(SharedKafka.bootstrapServers(), "survey.organisation.v1")) {
      List<ConsumerRecord<String, String>> events =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(() -> reader.poll(r -> r.key().startsWith("1832/")), l -> l.size() == 3);
      events.forEach(e -> assertThat(contract.violations(e.value())).isEmpty());
    }

    String again =
        GOOD.replace("1832-HEIM;Heimetenesta;1832-HO;31", "1832-HEIM;Heimetenesta;1832-HO;33");
    Api.Answer second = upload(hr, "1832", "false", again.getBytes(StandardCharsets.UTF_8));
    assertThat(second.map())
        .containsEntry("created", 0)
        .containsEntry("updated", 1)
        .containsEntry("unchanged", 2)
        .containsEntry("missing", List.of());
  }

  @Test
  void shouldStoreNothingAndAnswer422WhenAnyLineIsRejected() {
    Api hr = hrOf("1833", "hr.rana");
    String file = TWO_BAD.replace("1832", "1833");

    Api.Answer dry = upload(hr, "1833", "true", file.getBytes(Charset.forName("windows-1252")));
    assertThat(dry.status()).isEqualTo(422);
    assertThat(dry.contentType()).startsWith("application/problem+json");
    assertThat(rejected(dry)).containsExactly("3:headcount", "4:parent");

    Api.Answer real = upload(hr, "1833", "false", file.getBytes(StandardCharsets.UTF_8));
    assertThat(real.status()).isEqualTo(422);
    assertThat(real.contentType()).startsWith("application/problem+json");
    assertThat(rejected(real)).containsExactly("3:headcount", "4:parent");
    assertThat(real.map()).containsEntry("created", 1);
    assertThat(units(hr, "1833")).isEmpty();
    try (TopicReader reader =
        new TopicReader(SharedKafka.bootstrapServers(), "survey.organisation.v1")) {
      // The municipality's own event shows the relay is past the import; no unit event follows it.
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> reader.poll(r -> r.key().equals("1833")), l -> l.size() == 1);
      assertThat(reader.poll(r -> r.key().startsWith("1833/"))).isEmpty();
    }
  }

  @Test
  void shouldReportUnitsMissingFromTheFileWithoutDeletingThem() {
    Api hr = hrOf("1834", "hr.leirfjord");
    api.put(
        "/api/municipalities/1834/units/1834-OLD",
        Map.of("name", "Gamle", "headcount", 4, "type", "anna"));

    Api.Answer applied =
        upload(hr, "1834", "false", GOOD.replace("1832", "1834").getBytes(StandardCharsets.UTF_8));

    assertThat(applied.map())
        .containsEntry("created", 3)
        .containsEntry("missing", List.of("1834-OLD"));
    assertThat(units(hr, "1834")).hasSize(4);
  }

  @Test
  void shouldKeepHrToItsOwnMunicipality() {
    Api hr = hrOf("1835", "hr.vega");
    hrOf("1836", "hr.vevelstad");

    assertThat(upload(hr, "1836", "true", GOOD.getBytes(StandardCharsets.UTF_8)).status())
        .isEqualTo(403);
    assertThat(hr.get("/api/municipalities/1836/units").status()).isEqualTo(403);
    assertThat(respondent.get("/api/municipalities/1835/units").status()).isEqualTo(401);
    assertThat(upload(api, "9997", "true", GOOD.getBytes(StandardCharsets.UTF_8)).status())
        .isEqualTo(404);
  }

  private Api hrOf(String municipality, String username) {
    api.put(
        "/api/municipalities/" + municipality,
        Map.of("name", "Kommune " + municipality, "county", "Nordland", "language", "nn"));
    Map<String, Object> user = new HashMap<>();
    user.put("username", username);
    user.put("password", "hr-password-123");
    user.put("role", "HR");
    user.put("municipality", municipality);
    assertThat(api.post("/api/users", user).status()).isEqualTo(201);
    return respondent.signedInAs(username, "hr-password-123");
  }

  private static Api.Answer upload(Api who, String municipality, String dryRun, byte[] file) {
    return who.postBytes(
        "/api/municipalities/" + municipality + "/units/import?dryRun=" + dryRun, "text/csv", file);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> units(Api who, String municipality) {
    Api.Answer tree = who.get("/api/municipalities/" + municipality + "/units");
    assertThat(tree.status()).isEqualTo(200);
    return (List<Map<String, Object>>) tree.map().get("units");
  }

  @SuppressWarnings("unchecked")
  private static List<String> rejected(Api.Answer answer) {
    return ((List<Map<String, Object>>) answer.map().get("rejected"))
        .stream().map(r -> r.get("line") + ":" + r.get("field")).toList();
  }
}
