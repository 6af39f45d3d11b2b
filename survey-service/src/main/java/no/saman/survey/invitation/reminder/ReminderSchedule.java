package no.saman.survey.invitation.reminder;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A round's reminder plan as stored: comma-separated ISO days and day counts. */
@MappedEntity("reminder_schedule")
public record ReminderSchedule(
    @Id @MappedProperty("round_id") String roundId,
    String days,
    boolean halfway,
    @MappedProperty("days_before_deadline") String daysBeforeDeadline) {

  static ReminderSchedule of(String roundId, ReminderPlan plan) {
    return new ReminderSchedule(
        roundId,
        String.join(",", plan.days().stream().map(LocalDate::toString).toList()),
        plan.halfway(),
        String.join(",", plan.daysBeforeDeadline().stream().map(String::valueOf).toList()));
  }

  ReminderPlan plan() {
    return new ReminderPlan(
        split(days).stream().map(LocalDate::parse).toList(),
        halfway,
        split(daysBeforeDeadline).stream().map(Integer::valueOf).toList());
  }

  private static List<String> split(String list) {
    return list.isBlank() ? List.of() : Arrays.asList(list.split(","));
  }
}
