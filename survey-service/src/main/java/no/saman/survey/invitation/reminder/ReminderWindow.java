package no.saman.survey.invitation.reminder;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** When reminders may go out: weekdays from 09:00 until 15:00 in the municipality's time zone. */
public final class ReminderWindow {

  static final LocalTime FROM = LocalTime.of(9, 0);
  static final LocalTime UNTIL = LocalTime.of(15, 0);

  private ReminderWindow() {}

  public static boolean isOpen(LocalDateTime now) {
    return isWeekday(now.getDayOfWeek())
        && !now.toLocalTime().isBefore(FROM)
        && now.toLocalTime().isBefore(UNTIL);
  }

  static boolean isWeekday(DayOfWeek day) {
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }
}
