package no.saman.infra.bench;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import no.saman.infra.demo.JsonHttp;
import no.saman.infra.demo.MunicipalityClock;

/**
 * What the query benchmarks share: the services' addresses, the administrator's token and a wave
 * label of this run's own, so that each run measures only the data it set up.
 *
 * @param admin survey-service as the administrator, for setting up
 * @param clock the municipality's clock ({@code SAMAN_TIME_ZONE}) the rounds are dated by
 */
record QueryBenchSetup(URI analytics, String token, JsonHttp admin, String wave, Clock clock) {

  /** The benchmark rounds' modules, kept as the published benchmarks measured them. */
  static final List<String> MODULES = List.of("HEILTID", "KOMPETANSE", "LEIING");

  static QueryBenchSetup from(Map<String, String> options, String wavePrefix) {
    URI survey = URI.create(options.getOrDefault("survey", "http://localhost:8081"));
    URI analytics = URI.create(options.getOrDefault("analytics", "http://localhost:8082"));
    JsonHttp anonymous = new JsonHttp(survey);
    String token =
        anonymous.login("admin", options.getOrDefault("admin-password", "local-admin-password"));
    Clock clock = MunicipalityClock.fromEnvironment();
    LocalDateTime now = LocalDateTime.now(clock);
    String wave =
        now.getYear()
            + "-"
            + wavePrefix
            + "-"
            + now.format(DateTimeFormatter.ofPattern("MMddHHmmss"));
    return new QueryBenchSetup(analytics, token, anonymous.withToken(token), wave, clock);
  }

  /** Opens a round of this run's wave for the municipality; returns its id. */
  String openRound(String municipality) {
    LocalDate today = LocalDate.now(clock);
    return LoadRounds.open(
        admin, municipality, "Benchmark", wave, MODULES, today.minusDays(1), today.plusDays(1));
  }

  /** analytics-service as the administrator. */
  JsonHttp results() {
    return new JsonHttp(analytics).withToken(token);
  }

  static int number(Map<String, String> options, String name, int otherwise) {
    return Integer.parseInt(options.getOrDefault(name, String.valueOf(otherwise)));
  }
}
