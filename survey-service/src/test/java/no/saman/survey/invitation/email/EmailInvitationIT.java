package no.saman.survey.invitation.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.saman.infra.testing.SharedKafka;
import no.saman.survey.invitation.reminder.ReminderScheduler;
import no.saman.survey.support.Api;
import no.saman.survey.support.SurveyServiceIT;
import no.saman.survey.support.TestSmtp;
import no.saman.survey.support.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class EmailInvitationIT extends SurveyServiceIT {

  private static final Pattern TOKEN = Pattern.compile("/s/([A-Za-z0-9_-]{43})");
  private static final String REFUSED = "sluttet@fraena.test";

  private final TestSmtp smtp = new TestSmtp(Set.of(REFUSED));

  @Inject ReminderScheduler scheduler;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.putAll(smtp.properties());
    return properties;
  }

  @AfterAll
  void stopSmtp() {
    smtp.close();
  }

  @Test
  void shouldMailEachInviteeALinkRemindOnlyThoseWhoHaveNotAnsweredAndForgetTheAddressesAtClose()
      throws Exception {
    String round = openRound("1548", "1548-INST");

    Api.Answer sent =
        api.post(
            "/api/rounds/" + round + "/invitations/email",
            Map.of(
                "unit",
                "1548-INST",
                "addresses",
                List.of(
                    "kari@fraena.test",
                    "Ola@Fraena.test",
                    "per@fraena.test",
                    "ikkje-ei-adresse",
                    "OLA@fraena.test",
                    REFUSED)));

    assertThat(sent.status()).isEqualTo(201);
    assertThat(sent.map()).containsEntry("unit", "1548-INST").containsEntry("sent", 3);
    assertThat(refusedAddresses(sent))
        .containsExactlyInAnyOrder("ikkje-ei-adresse", "OLA@fraena.test", REFUSED);
    assertThat(sent.body()).contains("not an e-mail address", "given more than once", "550");
    List<TestSmtp.Received> invitations =
        smtp.received().stream().filter(m -> m.to().endsWith("@fraena.test")).toList();
    assertThat(invitations)
        .extracting(TestSmtp.Received::to)
        .containsExactlyInAnyOrder("kari@fraena.test", "ola@fraena.test", "per@fraena.test");
    TestSmtp.Received kari = smtp.receivedBy("kari@fraena.test").get(0);
    assertThat(kari.subject()).isEqualTo("Invitasjon: Heiltid og deltid");
    assertThat(kari.text()).contains("Fræna ber deg svara på undersøkinga", "anonym");
    assertThat(kari.html()).contains("<a href=\"http");
    assertThat(invitations.stream().map(m -> token(m.text())).distinct()).hasSize(3);

    Api.Answer answered =
        respondent.post("/api/survey/" + token(kari.text()) + "/response", validResponse(60, 80));
    assertThat(answered.status()).isEqualTo(201);

    Api.Answer reminded = api.post("/api/rounds/" + round + "/reminders", Map.of());

    assertThat(reminded.status()).isEqualTo(200);
    assertThat(reminded.map()).containsEntry("sent", 2).containsEntry("skipped", 2);
    assertThat(smtp.receivedBy("kari@fraena.test")).hasSize(1);
    for (String other : List.of("ola@fraena.test", "per@fraena.test")) {
      List<TestSmtp.Received> mails = smtp.receivedBy(other);
      assertThat(mails).hasSize(2);
      assertThat(mails.get(1).subject()).isEqualTo("Påminning: Heiltid og deltid");
      assertThat(token(mails.get(1).text()))
          .as("the reminder carries the same link")
          .isEqualTo(token(mails.get(0).text()));
    }
    assertThat(count("email_invitation WHERE round_id = '" + round + "'")).isEqualTo(4);

    api.post("/api/rounds/" + round + "/close", Map.of());

    assertThat(count("email_invitation WHERE round_id = '" + round + "'")).isZero();
    assertThat(api.post("/api/rounds/" + round + "/reminders", Map.of()).status()).isEqualTo(409);
    assertNoAddressReachedKafka(round);
  }

  @Test
  void shouldTakeAnUploadedListWithOneAddressPerLine() {
    String round = openRound("1549", "1549-HEIM");

    Api.Answer sent =
        api.postText(
            "/api/rounds/" + round + "/invitations/email?unit=1549-HEIM",
            "text/csv",
            "\uFEFFe-post;namn\r\nanne@heim.test;Anne\r\n\r\nbjorn@heim.test;Bjørn\r\n");
    Api.Answer again =
        api.postText(
            "/api/rounds/" + round + "/invitations/email?unit=1549-HEIM",
            "text/plain",
            "anne@heim.test\n");

    assertThat(sent.status()).isEqualTo(201);
    assertThat(sent.map()).containsEntry("sent", 2);
    assertThat(smtp.receivedBy("bjorn@heim.test")).hasSize(1);
    assertThat(again.status()).as("nothing left to send is a bad request").isEqualTo(400);
    assertThat(again.body()).contains("already invited to this round");
  }

  @Test
  void shouldNameTheBadFieldAndStoreNothing() throws Exception {
    String round = openRound("1550", "1550-A");
    String path = "/api/rounds/" + round + "/invitations/email";

    Api.Answer noUnit = api.post(path, Map.of("addresses", List.of("a@b.test")));
    Api.Answer otherUnit =
        api.post(path, Map.of("unit", "1548-INST", "addresses", List.of("a@b.test")));
    Api.Answer noAddresses = api.post(path, Map.of("unit", "1550-A", "addresses", List.of()));
    Api.Answer notJson = api.postRaw(path, "{unit:");

    assertThat(noUnit.status()).isEqualTo(400);
    assertThat(noUnit.body()).contains("\"unit\"");
    assertThat(otherUnit.status()).isEqualTo(400);
    assertThat(noAddresses.status()).isEqualTo(400);
    assertThat(noAddresses.body()).contains("\"addresses\"");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.contentType()).startsWith("application/problem+json");
    assertThat(count("email_invitation WHERE round_id = '" + round + "'")).isZero();
    assertThat(count("invitation WHERE round_id = '" + round + "'")).isZero();
  }

  @Test
  void shouldTryAgainLaterWhatTheServerCouldNotTakeAndGiveUpAfterTheLimit() throws Exception {
    String round = openRound("1551", "1551-A");
    smtp.stop();
    Api.Answer whileDown =
        api.post(
            "/api/rounds/" + round + "/invitations/email",
            Map.of("unit", "1551-A", "addresses", List.of("eva@eide.test")));
    smtp.start();

    assertThat(whileDown.status()).isEqualTo(201);
    assertThat(whileDown.map()).containsEntry("sent", 0);
    assertThat(whileDown.body()).contains("will be tried again");
    assertThat(count("email_invitation WHERE state = 'failed' AND round_id = '" + round + "'"))
        .isEqualTo(1);

    scheduler.runAt(java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Oslo")));

    List<TestSmtp.Received> mails = smtp.receivedBy("eva@eide.test");
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).subject()).startsWith("Invitasjon");
    assertThat(count("email_invitation WHERE state = 'sent' AND round_id = '" + round + "'"))
        .isEqualTo(1);
  }

  private void assertNoAddressReachedKafka(String round) {
    for (String topic : List.of("survey.response.v1", "survey.rounds.v1")) {
      try (TopicReader reader = new TopicReader(SharedKafka.bootstrapServers(), topic)) {
        var events =
            await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> reader.poll(r -> r.value().contains(round)), l -> !l.isEmpty());
        assertThat(events).noneMatch(r -> r.value().contains("@fraena.test"));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> refusedAddresses(Api.Answer answer) {
    return ((List<Map<String, Object>>) answer.map().get("refused"))
        .stream().map(r -> (String) r.get("address")).toList();
  }

  static String token(String text) {
    Matcher m = TOKEN.matcher(text);
    assertThat(m.find()).as("a link in: " + text).isTrue();
    return m.group(1);
  }

  private long count(String tableAndCondition) throws Exception {
    try (Connection c = database.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + tableAndCondition)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
