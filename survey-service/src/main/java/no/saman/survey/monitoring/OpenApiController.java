package no.saman.survey.monitoring;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves the OpenAPI description generated at compile time from the controllers, at the path api.md
 * fixes.
 */
@Controller("/openapi")
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
class OpenApiController {

  private static final String SPEC = "META-INF/swagger/survey-service-1.0.yml";
  private final String yaml;

  OpenApiController() {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(SPEC)) {
      if (in == null) {
        throw new IllegalStateException("The build did not generate " + SPEC);
      }
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Get(produces = "application/yaml")
  HttpResponse<String> spec() {
    return HttpResponse.ok(yaml).contentType(MediaType.of("application/yaml"));
  }
}
