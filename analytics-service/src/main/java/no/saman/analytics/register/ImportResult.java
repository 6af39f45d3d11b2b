package no.saman.analytics.register;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What an import did (api.md): how many lines were stored and every rejected line with why.
 *
 * @param accepted lines stored; 0 when any line was rejected and partial import was not asked for
 */
@Serdeable
public record ImportResult(int accepted, List<RejectedLine> rejected) {

  /** A rejected line: its number in the file (the header is line 1) and every problem with it. */
  @Serdeable
  public record RejectedLine(int line, String error) {}
}
