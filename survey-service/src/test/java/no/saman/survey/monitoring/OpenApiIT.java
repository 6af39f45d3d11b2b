package no.saman.survey.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.saman.survey.support.SurveyServiceIT;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document: served without sign-in as YAML and JSON, valid OpenAPI 3, and naming every
 * route of every controller with its parameters and the problem answer.
 */
@MicronautTest(transactional = false)
class OpenApiIT extends SurveyServiceIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Inject Router router;

  @Test
  void shouldServeTheSameValidDocumentAsYamlAndJsonWithoutSignIn() throws Exception {
    HttpResponse<String> yaml = get("/openapi", "application/yaml");
    HttpResponse<String> json = get("/openapi", "application/json");
    HttpResponse<String> any = get("/openapi", "*/*");

    assertThat(yaml.statusCode()).isEqualTo(200);
    assertThat(yaml.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/yaml"));
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(any.statusCode()).isEqualTo(200);
    assertThat(get("/openapi.json", "*/*").body()).isEqualTo(json.body());
    assertThat(get("/openapi.yaml", "*/*").body()).isEqualTo(yaml.body());
    OpenAPI fromYaml = parse(yaml.body());
    OpenAPI fromJson = parse(json.body());
    assertThat(fromJson.getOpenapi()).startsWith("3.");
    assertThat(fromJson.getPaths().keySet()).isEqualTo(fromYaml.getPaths().keySet());
  }

  @Test
  void shouldDocumentEveryRouteWithItsParametersAndTheProblemAnswer() throws Exception {
    OpenAPI api = parse(get("/openapi.json", "application/json").body());
    assertThat(api.getComponents().getSchemas()).containsKey("Problem");
    List<String> missing = new ArrayList<>();
    router
        .uriRoutes()
        .filter(r -> r.getTargetMethod().getDeclaringType().getName().startsWith("no.saman"))
        // The framework answers HEAD for every GET by itself; OpenAPI documents the GET.
        .filter(r -> r.getHttpMethod() != io.micronaut.http.HttpMethod.HEAD)
        .filter(r -> !r.getTargetMethod().getDeclaringType().isAnnotationPresent(Hidden.class))
        .forEach(
            route -> {
              String path = route.getUriMatchTemplate().toPathString();
              String where = route.getHttpMethodName() + " " + path;
              PathItem item = api.getPaths().get(path);
              Operation operation =
                  item == null
                      ? null
                      : item.readOperationsMap()
                          .get(PathItem.HttpMethod.valueOf(route.getHttpMethodName()));
              if (operation == null) {
                missing.add(where + ": no operation");
                return;
              }
              Set<String> parameters =
                  (operation.getParameters() == null
                          ? List.<Parameter>of()
                          : operation.getParameters())
                      .stream().map(Parameter::getName).collect(Collectors.toSet());
              for (String variable : route.getUriMatchTemplate().getVariableNames()) {
                if (!parameters.contains(variable)) {
                  missing.add(where + ": parameter " + variable);
                }
              }
              boolean problem =
                  operation.getResponses().values().stream()
                      .anyMatch(
                          r ->
                              r.getContent() != null
                                  && r.getContent().containsKey("application/problem+json"));
              if (!problem) {
                missing.add(where + ": no problem answer");
              }
            });
    assertThat(missing).isEmpty();
  }

  private static OpenAPI parse(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    assertThat(result.getMessages()).as("what the parser found wrong").isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    return result.getOpenAPI();
  }

  private HttpResponse<String> get(String path, String accept) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.getURI() + path)).header("Accept", accept).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
