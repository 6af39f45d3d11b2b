package no.saman.survey.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.models.OpenAPI;
import jakarta.inject.Inject;
import java.util.List;
import no.saman.infra.testing.openapi.OpenApiCheck;
import no.saman.survey.support.SurveyServiceIT;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document: served without sign-in as YAML and JSON, valid OpenAPI 3, and naming every
 * route of every controller with its parameters and the problem answer.
 */
@MicronautTest(transactional = false)
class OpenApiIT extends SurveyServiceIT {

  @Inject Router router;

  @Test
  void shouldServeTheSameValidDocumentAsYamlAndJsonWithoutSignIn() throws Exception {
    OpenApiCheck.assertServedAsYamlAndJson(server.getURI());
  }

  @Test
  void shouldDocumentEveryRouteWithItsParametersAndTheProblemAnswer() throws Exception {
    OpenAPI api = OpenApiCheck.assertServedAsYamlAndJson(server.getURI());

    assertThat(OpenApiCheck.missing(api, routes())).isEmpty();
  }

  /** The service's own routes; the framework answers HEAD for every GET by itself. */
  private List<OpenApiCheck.Route> routes() {
    return router
        .uriRoutes()
        .filter(r -> r.getTargetMethod().getDeclaringType().getName().startsWith("no.saman"))
        .filter(r -> r.getHttpMethod() != HttpMethod.HEAD)
        .filter(r -> !r.getTargetMethod().getDeclaringType().isAnnotationPresent(Hidden.class))
        .map(
            r ->
                new OpenApiCheck.Route(
                    r.getHttpMethodName(),
                    r.getUriMatchTemplate().toPathString(),
                    r.getUriMatchTemplate().getVariableNames()))
        .toList();
  }
}
