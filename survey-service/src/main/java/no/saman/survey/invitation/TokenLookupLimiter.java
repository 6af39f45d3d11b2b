package no.saman.survey.invitation;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import java.time.Clock;
import no.saman.survey.problem.Problem;
import no.saman.survey.problem.Problems;

/**
 * Rate-limits link lookups (quality.md): a client address that has asked for more unknown links
 * than allowed within a minute gets 429 for every link until the minute is over, so that guessing
 * tokens is slow even though each guess is cheap. Real respondents, who follow a link they were
 * given, never come near the limit even many behind one municipal address.
 */
@ServerFilter({"/s/**", "/api/survey/**"})
public class TokenLookupLimiter {

  private final FailedLookups failures;
  private final HttpClientAddressResolver addresses;

  TokenLookupLimiter(
      @Value("${survey.token-lookup.max-unknown-per-minute}") int maxUnknownPerMinute,
      HttpClientAddressResolver addresses,
      Clock clock) {
    this.failures = new FailedLookups(maxUnknownPerMinute, clock);
    this.addresses = addresses;
  }

  @RequestFilter
  @Nullable
  public MutableHttpResponse<?> refuseWhileBlocked(HttpRequest<?> request) {
    long millis = failures.blockedFor(address(request));
    if (millis == 0) {
      return null;
    }
    return Problems.response(
            Problem.of(
                429,
                "Too Many Requests",
                "Too many unknown links were tried from your network. Try again in a minute."))
        .header("Retry-After", String.valueOf((millis + 999) / 1000));
  }

  @ResponseFilter
  public void countUnknown(HttpRequest<?> request, HttpResponse<?> response) {
    if (response.getStatus() == HttpStatus.NOT_FOUND) {
      failures.recordFailure(address(request));
    }
  }

  private String address(HttpRequest<?> request) {
    String address = addresses.resolve(request);
    return address == null ? "unknown" : address;
  }
}
