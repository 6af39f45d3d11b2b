package no.saman.analytics.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An error answer as RFC 9457 problem details, the one shape every error of the service has.
 *
 * @param type a URI naming the kind of problem, {@code about:blank} when the status says it all
 * @param errors for invalid input: one entry per parameter, naming it
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    @Nullable String detail,
    @Nullable String instance,
    @Nullable List<InvalidParam> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * One invalid parameter.
   *
   * @param name the parameter's name, e.g. {@code format}
   * @param reason what is wrong with it
   */
  @Serdeable
  public record InvalidParam(String name, String reason) {}

  public Problem withInstance(String path) {
    return new Problem(type, title, status, detail, path, errors);
  }
}
