package no.saman.survey.instrument;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.saman.survey.account.Scope;
import no.saman.survey.problem.Problem;
import no.saman.survey.problem.Problem.FieldError;
import no.saman.survey.problem.ProblemException;

/** The instrument catalogue: everyone signed in reads it, administrators add and revise modules. */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api/instruments")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class InstrumentController {

  private final InstrumentCatalogue catalogue;
  private final BundledInstruments bundled;

  public InstrumentController(InstrumentCatalogue catalogue, BundledInstruments bundled) {
    this.catalogue = catalogue;
    this.bundled = bundled;
  }

  @Get
  public List<Module> list() {
    return catalogue.modules();
  }

  /** The body is the module without id and version: {@code {names, items, indices?}}. */
  @Put("/{module}")
  public Module put(Authentication who, String module, @Body ModuleDefinition body) {
    Scope.requireAdmin(who);
    if (!module.matches("[A-ZÆØÅ][A-ZÆØÅ0-9_]{1,39}")) {
      throw ProblemException.invalid("module", "must be 2–40 capital letters, digits or _");
    }
    Module definition = new Module(module, null, body.names(), body.items(), body.indices());
    Set<String> otherItems =
        catalogue.modules().stream()
            .filter(m -> !m.id().equals(module))
            .flatMap(m -> m.items().stream().map(Item::id))
            .collect(Collectors.toSet());
    List<FieldError> errors =
        new ModuleDefinitionCheck(bundled.scales().keySet(), otherItems).check(definition);
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    return catalogue.put(definition);
  }
}
