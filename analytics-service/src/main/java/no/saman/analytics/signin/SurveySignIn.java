package no.saman.analytics.signin;

import io.micronaut.context.annotation.Value;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import no.saman.analytics.problem.ProblemException;

/**
 * Asks survey-service, which owns the accounts, to sign a user in; its answer comes back as it was
 * given, so that the page needs only its own origin.
 */
@Singleton
class SurveySignIn {

  /** survey-service's answer: its status, content type and body, untouched. */
  record Answer(int status, String contentType, byte[] body) {}

  private final URI loginUrl;
  private final ObjectMapper json;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  SurveySignIn(@Value("${analytics.survey-url}") URI surveyUrl, ObjectMapper json) {
    this.loginUrl = surveyUrl.resolve("/api/login");
    this.json = json;
  }

  /**
   * @throws ProblemException 503 when survey-service cannot be reached or does not answer in time
   */
  Answer signIn(Credentials credentials) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(loginUrl)
              .timeout(Duration.ofSeconds(15))
              .header("Content-Type", "application/json")
              .header("Accept", "application/json, application/problem+json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(credentials)))
              .build();
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse("application/json"),
          response.body());
    } catch (IOException e) {
      throw ProblemException.unavailable(
          "Sign-in is not available right now: the account service cannot be reached.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ProblemException.unavailable("Sign-in was interrupted.");
    }
  }
}
