package no.saman.survey.invitation.reminder;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a round's scheduled reminders were sent on. A day is claimed by inserting its row: the
 * primary key lets exactly one sender, of any instance and across restarts, have it.
 */
@Singleton
public class ReminderRuns {

  private final JdbcOperations jdbc;

  public ReminderRuns(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** True if this caller claimed the day, false if it was claimed before. */
  @Transactional
  public boolean claim(String roundId, LocalDate day) {
    return jdbc.prepareStatement(
        "INSERT IGNORE INTO reminder_run (round_id, due_on) VALUES (?, ?)",
        statement -> {
          statement.setString(1, roundId);
          statement.setObject(2, day);
          return statement.executeUpdate() == 1;
        });
  }

  @Transactional(readOnly = true)
  public List<LocalDate> days(String roundId) {
    return jdbc.prepareStatement(
        "SELECT due_on FROM reminder_run WHERE round_id = ? ORDER BY due_on",
        statement -> {
          statement.setString(1, roundId);
          List<LocalDate> days = new ArrayList<>();
          try (var rs = statement.executeQuery()) {
            while (rs.next()) {
              days.add(rs.getObject(1, LocalDate.class));
            }
          }
          return days;
        });
  }
}
