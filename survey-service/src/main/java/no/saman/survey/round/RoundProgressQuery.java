package no.saman.survey.round;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** Counts invitations and responses per unit of a round's municipality in one query. */
@Singleton
public class RoundProgressQuery {

  private static final String SQL =
      """
      SELECT u.code, u.name, u.headcount,
             (SELECT COUNT(*) FROM invitation i WHERE i.round_id = ? AND i.unit_code = u.code),
             (SELECT COUNT(*) FROM response r WHERE r.round_id = ? AND r.unit_code = u.code)
      FROM unit u WHERE u.municipality = ? ORDER BY u.code
      """;

  private final JdbcOperations jdbc;
  private final RoundService rounds;

  public RoundProgressQuery(JdbcOperations jdbc, RoundService rounds) {
    this.jdbc = jdbc;
    this.rounds = rounds;
  }

  @Transactional(readOnly = true)
  public RoundProgress progress(String roundId) {
    SurveyRound round = rounds.find(roundId);
    List<RoundProgress.UnitProgress> units =
        jdbc.prepareStatement(
            SQL,
            statement -> {
              statement.setString(1, round.id());
              statement.setString(2, round.id());
              statement.setString(3, round.municipality());
              List<RoundProgress.UnitProgress> rows = new ArrayList<>();
              try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                  int headcount = rs.getInt(3);
                  int submitted = rs.getInt(5);
                  rows.add(
                      new RoundProgress.UnitProgress(
                          rs.getString(1),
                          rs.getString(2),
                          headcount,
                          rs.getInt(4),
                          submitted,
                          RoundProgress.rate(submitted, headcount)));
                }
              }
              return rows;
            });
    int headcount = units.stream().mapToInt(RoundProgress.UnitProgress::headcount).sum();
    int invited = units.stream().mapToInt(RoundProgress.UnitProgress::invited).sum();
    int submitted = units.stream().mapToInt(RoundProgress.UnitProgress::submitted).sum();
    return new RoundProgress(
        round.id(), headcount, invited, submitted, RoundProgress.rate(submitted, headcount), units);
  }
}
