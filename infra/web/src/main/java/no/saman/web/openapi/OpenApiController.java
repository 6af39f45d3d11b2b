package no.saman.web.openapi;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.ObjectMapper;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * Serves the OpenAPI description the service's build generated from its controllers, at the path
 * api.md fixes: YAML by default and for {@code /openapi.yaml}, JSON for {@code Accept:
 * application/json} and {@code /openapi.json}. Anyone may read it. The document is the service's
 * {@code META-INF/swagger/<application name>-1.0.yml}.
 */
@Controller
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
public class OpenApiController {

  private static final MediaType YAML = MediaType.of("application/yaml");
  private final String yaml;
  private final String json;

  OpenApiController(ObjectMapper mapper, @Value("${micronaut.application.name}") String service) {
    String resource = "META-INF/swagger/" + service + "-1.0.yml";
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The build did not generate " + resource);
      }
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Map<String, Object> document = new Yaml().load(yaml);
      json = mapper.writeValueAsString(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Get(
      uri = "/openapi",
      produces = {"application/yaml", MediaType.APPLICATION_JSON})
  HttpResponse<String> negotiated(@Nullable @Header(HttpHeaders.ACCEPT) String accept) {
    return prefersJson(accept) ? asJson() : asYaml();
  }

  @Get(uri = "/openapi.yaml", produces = "application/yaml")
  HttpResponse<String> asYaml() {
    return HttpResponse.ok(yaml).contentType(YAML);
  }

  @Get(uri = "/openapi.json", produces = MediaType.APPLICATION_JSON)
  HttpResponse<String> asJson() {
    return HttpResponse.ok(json).contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  /** JSON when the client names it and does not name YAML before it. */
  private static boolean prefersJson(String accept) {
    if (accept == null) {
      return false;
    }
    int json = accept.indexOf("json");
    int yaml = accept.indexOf("yaml");
    return json >= 0 && (yaml < 0 || json < yaml);
  }
}
