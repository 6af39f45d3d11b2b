package no.saman.survey.invitation.reminder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** The reminder schedule as set and as shown. */
public final class ScheduleCommands {

  private ScheduleCommands() {}

  /**
   * Any mix of fixed days, halfway through the window, and days before the deadline; an empty body
   * clears the schedule.
   */
  @Serdeable
  public record SetSchedule(
      @Nullable List<LocalDate> days,
      @Nullable Boolean halfway,
      @Nullable List<Integer> daysBeforeDeadline) {

    ReminderPlan plan() {
      return new ReminderPlan(
          days == null ? List.of() : days,
          Boolean.TRUE.equals(halfway),
          daysBeforeDeadline == null ? List.of() : daysBeforeDeadline);
    }
  }

  /**
   * @param sendDays the weekdays reminders go out on (between 09:00 and 15:00)
   * @param sentDays the days whose reminders were sent
   */
  @Serdeable
  public record Schedule(
      String round,
      List<LocalDate> days,
      boolean halfway,
      List<Integer> daysBeforeDeadline,
      List<LocalDate> sendDays,
      List<LocalDate> sentDays) {}
}
