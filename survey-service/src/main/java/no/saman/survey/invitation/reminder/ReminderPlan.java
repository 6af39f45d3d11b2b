package no.saman.survey.invitation.reminder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import no.saman.survey.problem.Problem.FieldError;

/**
 * A round's reminder schedule: fixed days, halfway through the answer window, and days before the
 * deadline. A day that falls on a weekend moves to the Monday after, or to the Friday before when
 * that Monday is past the deadline.
 */
public record ReminderPlan(
    List<LocalDate> days, boolean halfway, List<Integer> daysBeforeDeadline) {

  static final int MOST_ENTRIES = 20;

  public ReminderPlan {
    days = List.copyOf(days);
    daysBeforeDeadline = List.copyOf(daysBeforeDeadline);
  }

  /** The weekdays reminders go out on, within the window from {@code opens} to {@code closes}. */
  public SortedSet<LocalDate> sendDays(LocalDate opens, LocalDate closes) {
    List<LocalDate> due = new ArrayList<>(days);
    if (halfway) {
      due.add(opens.plusDays(ChronoUnit.DAYS.between(opens, closes) / 2));
    }
    for (int before : daysBeforeDeadline) {
      due.add(closes.minusDays(before));
    }
    SortedSet<LocalDate> send = new TreeSet<>();
    for (LocalDate day : due) {
      LocalDate weekday = weekday(day, closes);
      if (!weekday.isBefore(opens) && !weekday.isAfter(closes)) {
        send.add(weekday);
      }
    }
    return send;
  }

  static LocalDate weekday(LocalDate day, LocalDate closes) {
    if (ReminderWindow.isWeekday(day.getDayOfWeek())) {
      return day;
    }
    LocalDate monday = day.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    return monday.isAfter(closes) ? day.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY)) : monday;
  }

  /** What is wrong with the plan for a round open from {@code opens} to {@code closes}. */
  public List<FieldError> check(LocalDate opens, LocalDate closes) {
    List<FieldError> errors = new ArrayList<>();
    if (days.size() + daysBeforeDeadline.size() > MOST_ENTRIES) {
      errors.add(new FieldError("days", "at most " + MOST_ENTRIES + " reminders per round"));
    }
    for (int i = 0; i < days.size(); i++) {
      LocalDate day = days.get(i);
      if (day.isBefore(opens) || day.isAfter(closes)) {
        errors.add(new FieldError("days[" + i + "]", "must be from " + opens + " to " + closes));
      }
    }
    long length = ChronoUnit.DAYS.between(opens, closes);
    for (int i = 0; i < daysBeforeDeadline.size(); i++) {
      int before = daysBeforeDeadline.get(i);
      if (before < 0 || before > length) {
        errors.add(
            new FieldError(
                "daysBeforeDeadline[" + i + "]", "must be from 0 to " + length + " days"));
      }
    }
    return errors;
  }
}
