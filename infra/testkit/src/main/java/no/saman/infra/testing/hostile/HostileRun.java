package no.saman.infra.testing.hostile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sends a corpus to a running service over one keep-alive client and records every answer that is
 * not a 4xx problem+json, or that shows an internal name: a package, a Java class, an exception, a
 * template expression or SQL text. Strings the request carried are removed from the answer first,
 * as an answer may name the value it refuses.
 */
public final class HostileRun {

  private static final Pattern LEAK =
      Pattern.compile(
          "no\\.saman|java\\.|javax\\.|jakarta\\.|io\\.micronaut|com\\.fasterxml|org\\.mariadb"
              + "|com\\.mysql|Exception|\\$|SQLSTATE|jdbc|\\bat [a-z]+\\.|(?i:\\bselect\\b.{0,200}"
              + "\\bfrom\\b|\\binsert into\\b|\\bupdate\\b.{0,100}\\bset\\b|\\bwhere\\b.{0,50}=)",
          Pattern.CASE_INSENSITIVE);

  /** Names that never come from a request: checked on the answer as it is. */
  private static final Pattern LEAK_CASED =
      Pattern.compile("no\\.saman|io\\.micronaut|com\\.fasterxml|SQLSTATE|[a-z]Exception\\b");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<String> failures = new ArrayList<>();
  private int sent;

  /** The requests sent so far. */
  public int sent() {
    return sent;
  }

  /** Every answer that broke a rule, one line each. */
  public List<String> failures() {
    return List.copyOf(failures);
  }

  /**
   * @param method POST, PUT, …
   * @param headers extra header names and values, e.g. Authorization
   */
  public void send(String method, URI uri, HostileCase c, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json, application/problem+json")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(c.body()));
    if (c.contentType() != null) {
      request.header("Content-Type", c.contentType());
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    if (++sent % 500 == 0) {
      System.out.printf("hostile corpus: %d sent, %d failed%n", sent, failures.size());
    }
    try {
      HttpResponse<String> answer =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      check(method + " " + uri.getRawPath(), c, answer);
    } catch (IOException e) {
      failures.add(method + " " + uri.getRawPath() + " [" + c.label() + "]: no answer: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void check(String where, HostileCase c, HttpResponse<String> answer) {
    int status = answer.statusCode();
    String type = answer.headers().firstValue("Content-Type").orElse("");
    String body = answer.body();
    String problem = null;
    if (status < 400 || status >= 500) {
      problem = "status " + status;
    } else if (!type.startsWith("application/problem+json")) {
      problem = "status " + status + " as " + type;
    } else if (!body.startsWith("{") || !body.contains("\"status\":" + status)) {
      problem = "not a problem document";
    } else {
      // An answer may quote the refused value (serde writes \\u escapes in capitals).
      String rest = body.toLowerCase(java.util.Locale.ROOT);
      for (String s : new java.util.LinkedHashSet<>(c.carried())) {
        if (!s.isEmpty()) {
          String lower = s.toLowerCase(java.util.Locale.ROOT);
          rest = rest.replace(lower, "").replace(jsonEscaped(lower), "");
        }
      }
      if (LEAK.matcher(rest).find() || LEAK_CASED.matcher(body).find()) {
        problem = "internal names";
      }
    }
    if (problem != null) {
      String shown = body.length() > 400 ? body.substring(0, 400) + "…" : body;
      failures.add(where + " [" + c.label() + "]: " + problem + ": " + shown);
    }
  }

  private static String jsonEscaped(String s) {
    StringBuilder out = new StringBuilder();
    Json.quote(s, out);
    return out.substring(1, out.length() - 1);
  }
}
