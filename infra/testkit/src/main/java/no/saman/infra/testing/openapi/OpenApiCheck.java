package no.saman.infra.testing.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What both services' OpenAPI tests check: the document is served without sign-in as YAML and as
 * JSON, both are the same valid OpenAPI 3, and every route of the service's controllers is in it
 * with its path parameters and a problem+json answer.
 */
public final class OpenApiCheck {

  /** A route of a controller, as the service's router knows it. */
  public record Route(String method, String path, Collection<String> variables) {}

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private OpenApiCheck() {}

  /** Asserts that {@code server} serves one valid document as YAML and JSON; returns it. */
  public static OpenAPI assertServedAsYamlAndJson(URI server)
      throws IOException, InterruptedException {
    HttpResponse<String> yaml = get(server, "/openapi", "application/yaml");
    HttpResponse<String> json = get(server, "/openapi", "application/json");
    HttpResponse<String> any = get(server, "/openapi", "*/*");

    assertThat(yaml.statusCode()).isEqualTo(200);
    assertThat(yaml.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/yaml"));
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(any.statusCode()).isEqualTo(200);
    assertThat(get(server, "/openapi.json", "*/*").body()).isEqualTo(json.body());
    assertThat(get(server, "/openapi.yaml", "*/*").body()).isEqualTo(yaml.body());
    OpenAPI fromYaml = parse(yaml.body());
    OpenAPI fromJson = parse(json.body());
    assertThat(fromJson.getOpenapi()).startsWith("3.");
    assertThat(fromJson.getPaths().keySet()).isEqualTo(fromYaml.getPaths().keySet());
    assertThat(fromJson.getComponents().getSchemas()).containsKey("Problem");
    return fromJson;
  }

  /**
   * What the document lacks for {@code routes}: a missing operation, parameter or problem answer.
   */
  public static List<String> missing(OpenAPI api, Collection<Route> routes) {
    List<String> missing = new ArrayList<>();
    for (Route route : routes) {
      String where = route.method() + " " + route.path();
      PathItem item = api.getPaths().get(route.path());
      Operation operation =
          item == null
              ? null
              : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(route.method()));
      if (operation == null) {
        missing.add(where + ": no operation");
        continue;
      }
      Set<String> parameters =
          (operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters())
              .stream().map(Parameter::getName).collect(Collectors.toSet());
      route.variables().stream()
          .filter(v -> !parameters.contains(v))
          .forEach(v -> missing.add(where + ": parameter " + v));
      boolean problem =
          operation.getResponses().values().stream()
              .anyMatch(
                  r ->
                      r.getContent() != null
                          && r.getContent().containsKey("application/problem+json"));
      if (!problem) {
        missing.add(where + ": no problem answer");
      }
    }
    return missing;
  }

  private static OpenAPI parse(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result =
        new io.swagger.v3.parser.OpenAPIV3Parser().readContents(text, null, options);
    assertThat(result.getMessages()).as("what the parser found wrong").isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    return result.getOpenAPI();
  }

  private static HttpResponse<String> get(URI server, String path, String accept)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server + path)).header("Accept", accept).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
