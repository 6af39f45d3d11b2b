package no.saman.survey.respondent;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.survey.invitation.InvitationService;
import no.saman.survey.invitation.IssuableRound;
import no.saman.survey.organisation.MunicipalityRepository;
import no.saman.survey.organisation.Unit;
import no.saman.survey.organisation.UnitRepository;
import no.saman.survey.round.RoundService;
import no.saman.survey.support.Api;
import no.saman.survey.support.PinnedClock;
import no.saman.survey.support.SurveyServiceIT;
import org.junit.jupiter.api.Test;

/**
 * Answer windows are judged on the municipality's date: at 23:30 UTC on 14 January it is already 15
 * January in Oslo, whatever the zone of the machine (or the UTC date) says.
 */
@MicronautTest(transactional = false)
class RoundWindowTimeZoneIT extends SurveyServiceIT {

  @Inject InvitationService invitations;
  @Inject RoundService rounds;
  @Inject MunicipalityRepository municipalities;
  @Inject UnitRepository units;

  private static final String HALF_PAST_ELEVEN_UTC = "2027-01-14T23:30:00Z";

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put(PinnedClock.INSTANT, HALF_PAST_ELEVEN_UTC);
    return properties;
  }

  @Test
  void shouldAcceptAnswersToARoundThatOpenedTodayInOsloThoughNotYetInUtc() {
    String token = invite(round("1548", "1548-INST", "2027-01-15", "2027-02-15"), "1548-INST");

    Api.Answer answer =
        respondent.post("/api/survey/" + token + "/response", validResponse(60, 80));

    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    assertThat(answer.map().get("submittedOn")).isEqualTo("2027-01-15");
  }

  @Test
  void shouldRefuseLinksAndAnswersToARoundThatClosedYesterdayInOsloThoughItIsStillThatDayInUtc() {
    String round = round("1549", "1549-HEIM", "2026-12-01", "2027-01-14");
    Api.Answer newLinks =
        api.post("/api/rounds/" + round + "/invitations", Map.of("unit", "1549-HEIM", "count", 1));
    // A link handed out while the round was open, stored as the service stores it.
    String token = InvitationService.newTokens(1).get(0);
    invitations.store(
        new IssuableRound(
            rounds.find(round),
            municipalities.findById("1549").orElseThrow(),
            units.findById(new Unit.Key("1549", "1549-HEIM")).orElseThrow(),
            1),
        List.of(token));

    Api.Answer answer =
        respondent.post("/api/survey/" + token + "/response", validResponse(60, 80));

    assertThat(newLinks.status()).as(newLinks.body()).isEqualTo(409);
    assertThat(newLinks.body()).contains("closed on 2027-01-14");
    assertThat(answer.status()).isEqualTo(410);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }

  private String invite(String round, String unit) {
    return invite(round, unit, 1).get(0);
  }

  private String round(String municipality, String unit, String opens, String closes) {
    api.put(
        "/api/municipalities/" + municipality,
        Map.of("name", "Fræna", "county", "Møre og Romsdal", "language", "nn"));
    api.put(
        "/api/municipalities/" + municipality + "/units/" + unit,
        Map.of("name", "Institusjonstenesta", "headcount", 90, "type", "sjukeheim"));
    Api.Answer round =
        api.post(
            "/api/rounds",
            Map.of(
                "municipality",
                municipality,
                "title",
                "Heiltid og deltid",
                "wave",
                "2027-spring",
                "modules",
                List.of("HEILTID"),
                "opens",
                opens,
                "closes",
                closes));
    assertThat(round.status()).as(round.body()).isEqualTo(201);
    return (String) round.map().get("id");
  }
}
