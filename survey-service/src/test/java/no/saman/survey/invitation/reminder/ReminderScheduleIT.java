package no.saman.survey.invitation.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.saman.survey.support.Api;
import no.saman.survey.support.SurveyServiceIT;
import no.saman.survey.support.TestSmtp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ReminderScheduleIT extends SurveyServiceIT {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private final TestSmtp smtp = new TestSmtp(Set.of());

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
  void shouldSendAScheduledReminderOnceOnItsWeekdayBetweenNineAndThree() {
    String round = openRound("1548", "1548-INST");
    LocalDate weekday = LocalDate.now(OSLO).plusDays(1);
    while (weekday.getDayOfWeek() == DayOfWeek.SATURDAY
        || weekday.getDayOfWeek() == DayOfWeek.SUNDAY) {
      weekday = weekday.plusDays(1);
    }
    LocalDate saturday = weekday.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
    api.post(
        "/api/rounds/" + round + "/invitations/email",
        Map.of("unit", "1548-INST", "addresses", List.of("a@plan.test", "b@plan.test")));

    Api.Answer set =
        api.put(
            "/api/rounds/" + round + "/reminder-schedule",
            Map.of("days", List.of(weekday.toString(), saturday.toString())));

    assertThat(set.status()).isEqualTo(200);
    assertThat(set.map().get("sendDays"))
        .as("Saturday's reminder moves to the Monday after")
        .isEqualTo(
            List.of(weekday.toString(), saturday.plusDays(2).toString()).stream()
                .distinct()
                .toList());

    assertThat(scheduler.runAt(at(weekday, 8, 59))).doesNotContain(round);
    assertThat(scheduler.runAt(at(weekday, 15, 0))).doesNotContain(round);
    assertThat(scheduler.runAt(at(saturday, 10, 0))).doesNotContain(round);
    assertThat(smtp.receivedBy("a@plan.test")).hasSize(1);

    assertThat(scheduler.runAt(at(weekday, 9, 0))).contains(round);
    assertThat(scheduler.runAt(at(weekday, 14, 59)))
        .as("once per send day, however often the scheduler runs")
        .doesNotContain(round);

    assertThat(smtp.receivedBy("a@plan.test")).hasSize(2);
    assertThat(smtp.receivedBy("b@plan.test").get(1).subject()).startsWith("Påminning");
    assertThat(api.get("/api/rounds/" + round + "/reminder-schedule").map().get("sentDays"))
        .isEqualTo(List.of(weekday.toString()));
  }

  @Test
  void shouldPlanHalfwayAndDaysBeforeTheDeadlineAndNameBadEntries() {
    String round = openRound("1549", "1549-HEIM");
    LocalDate opens = LocalDate.now(clock).minusDays(1);
    LocalDate closes = LocalDate.now(clock).plusDays(30);

    Api.Answer set =
        api.put(
            "/api/rounds/" + round + "/reminder-schedule",
            Map.of("halfway", true, "daysBeforeDeadline", List.of(3)));
    Api.Answer bad =
        api.put(
            "/api/rounds/" + round + "/reminder-schedule",
            Map.of(
                "days", List.of(closes.plusDays(1).toString()), "daysBeforeDeadline", List.of(-1)));

    assertThat(set.status()).isEqualTo(200);
    assertThat(set.map()).containsEntry("halfway", true);
    assertThat(set.map().get("sendDays"))
        .isEqualTo(
            List.of(
                ReminderPlan.weekday(opens.plusDays(15), closes).toString(),
                ReminderPlan.weekday(closes.minusDays(3), closes).toString()));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("days[0]", "daysBeforeDeadline[0]");
    assertThat(api.get("/api/rounds/" + round + "/reminder-schedule").map())
        .containsEntry("halfway", true);
  }

  private static ZonedDateTime at(LocalDate day, int hour, int minute) {
    return ZonedDateTime.of(day, LocalTime.of(hour, minute), OSLO);
  }
}
