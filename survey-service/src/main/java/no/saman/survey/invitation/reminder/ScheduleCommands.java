package no.saman.survey.invitation.reminder;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** The reminder schedule as set and as shown. */
public final class ScheduleCommands {

  private ScheduleCommands() {}

  /**
   * Any mix of fixed days, halfway through the window, and days before the deadline; an empty body
   * clears the schedule. Unknown members are refused: with every member optional, a misspelt or
   * foreign body would otherwise silently clear the schedule.
   */
  @Serdeable
  @JsonIgnoreProperties(ignoreUnknown = false)
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
