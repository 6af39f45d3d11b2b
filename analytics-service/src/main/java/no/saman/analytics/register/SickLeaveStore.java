package no.saman.analytics.register;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Stores imported sick-leave lines (a unit's quarter replaces what it had) and reads them back. */
@Singleton
public class SickLeaveStore {

  private final JdbcOperations jdbc;

  SickLeaveStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** One stored line. */
  public record Stored(String unit, Period period, SickLeave figures) {}

  /** Upserts the lines in the caller's transaction. */
  void store(String municipality, List<SickLeaveCsv.Line> lines) {
    jdbc.prepareStatement(
        """
        INSERT INTO sick_leave (municipality, unit, period, agreed_days, lost_self_certified,
          lost_doctor, lost_short, lost_long, headcount_3y, long_term_healthy)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON DUPLICATE KEY UPDATE agreed_days = ?, lost_self_certified = ?, lost_doctor = ?,
          lost_short = ?, lost_long = ?, headcount_3y = ?, long_term_healthy = ?""",
        s -> {
          for (SickLeaveCsv.Line line : lines) {
            SickLeave f = line.figures();
            s.setString(1, municipality);
            s.setString(2, line.unit());
            s.setString(3, line.period().toString());
            int i = 4;
            for (int twice = 0; twice < 2; twice++) {
              s.setDouble(i++, f.agreedDays());
              s.setDouble(i++, f.lostSelfCertified());
              s.setDouble(i++, f.lostDoctor());
              s.setDouble(i++, f.lostShort());
              s.setDouble(i++, f.lostLong());
              s.setLong(i++, f.headcountThreeYears());
              s.setLong(i++, f.longTermHealthy());
            }
            s.addBatch();
          }
          return s.executeBatch();
        });
  }

  /** Every stored line of the municipality, by period. */
  @ReadOnly
  public List<Stored> of(String municipality) {
    return jdbc.prepareStatement(
        """
        SELECT unit, period, agreed_days, lost_self_certified, lost_doctor, lost_short, lost_long,
          headcount_3y, long_term_healthy FROM sick_leave WHERE municipality = ?
        ORDER BY period, unit""",
        s -> {
          s.setString(1, municipality);
          List<Stored> rows = new ArrayList<>();
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              rows.add(
                  new Stored(
                      rs.getString(1),
                      Period.parse(rs.getString(2)),
                      new SickLeave(
                          rs.getDouble(3),
                          rs.getDouble(4),
                          rs.getDouble(5),
                          rs.getDouble(6),
                          rs.getDouble(7),
                          rs.getLong(8),
                          rs.getLong(9))));
            }
          }
          return rows;
        });
  }
}
