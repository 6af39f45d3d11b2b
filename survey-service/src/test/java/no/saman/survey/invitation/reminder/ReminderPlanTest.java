package no.saman.survey.invitation.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderPlanTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  // Monday 30 November to Friday 18 December 2026.
  private static final LocalDate OPENS = LocalDate.of(2026, 11, 30);
  private static final LocalDate CLOSES = LocalDate.of(2026, 12, 18);

  private static boolean openAt(String instant) {
    return ReminderWindow.isOpen(LocalDateTime.now(Clock.fixed(Instant.parse(instant), OSLO)));
  }

  @Test
  void shouldOpenOnWeekdaysFromNineUntilThreeInOsloTime() {
    assertThat(openAt("2026-12-07T08:00:00Z")).as("Monday 09:00 in Oslo").isTrue();
    assertThat(openAt("2026-12-07T07:59:59Z")).as("Monday 08:59:59").isFalse();
    assertThat(openAt("2026-12-07T13:59:59Z")).as("Monday 14:59:59").isTrue();
    assertThat(openAt("2026-12-07T14:00:00Z")).as("Monday 15:00").isFalse();
    assertThat(openAt("2026-12-11T10:00:00Z")).as("Friday 11:00").isTrue();
    assertThat(openAt("2026-12-12T10:00:00Z")).as("Saturday").isFalse();
    assertThat(openAt("2026-12-13T10:00:00Z")).as("Sunday").isFalse();
    assertThat(openAt("2026-06-08T07:30:00Z")).as("Monday 09:30 in summer time").isTrue();
    assertThat(openAt("2026-06-08T13:30:00Z")).as("Monday 15:30 in summer time").isFalse();
  }

  @Test
  void shouldRemindHalfwayAndDaysBeforeTheDeadline() {
    ReminderPlan plan = new ReminderPlan(List.of(), true, List.of(3, 1));

    assertThat(plan.sendDays(OPENS, CLOSES))
        .containsExactly(
            LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 17));
  }

  @Test
  void shouldMoveAWeekendDayToTheMondayAfterOrTheFridayBeforeTheDeadline() {
    ReminderPlan plan =
        new ReminderPlan(
            List.of(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6)), false, List.of());

    assertThat(plan.sendDays(OPENS, CLOSES)).containsExactly(LocalDate.of(2026, 12, 7));
    assertThat(ReminderPlan.weekday(LocalDate.of(2026, 12, 19), LocalDate.of(2026, 12, 20)))
        .as("the Monday after is past a Sunday deadline")
        .isEqualTo(LocalDate.of(2026, 12, 18));
  }

  @Test
  void shouldNameEveryDayOutsideTheWindow() {
    ReminderPlan plan =
        new ReminderPlan(List.of(LocalDate.of(2026, 11, 29), CLOSES), false, List.of(19, 2));

    assertThat(plan.check(OPENS, CLOSES))
        .extracting(e -> e.field())
        .containsExactly("days[0]", "daysBeforeDeadline[0]");
  }
}
