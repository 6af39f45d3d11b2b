package no.saman.survey.respondent;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.saman.survey.account.Scope;
import no.saman.survey.instrument.InstrumentCatalogue;
import no.saman.survey.instrument.Module;
import no.saman.survey.organisation.Municipality;
import no.saman.survey.organisation.MunicipalityRepository;
import no.saman.survey.problem.Problem;
import no.saman.survey.problem.Problem.FieldError;
import no.saman.survey.problem.ProblemException;

/**
 * The questionnaire of a module list before a round runs it: the same JSON as {@code GET
 * /api/survey/{token}}, which the respondent page's own form code renders read-only in the console.
 */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api/instruments/preview")
@Validated
@Secured(SecurityRule.IS_AUTHENTICATED)
public class PreviewController {

  /** What to preview: the current versions of these modules, for this municipality. */
  @Serdeable
  public record PreviewRequest(
      @NotNull @Pattern(regexp = "[0-9]{4}", message = "must be a 4-digit kommunenummer")
          String municipality,
      @NotEmpty @Size(max = 10) List<@NotBlank String> modules,
      @Nullable @Size(max = 200) String title,
      @Nullable LocalDate closes,
      @Nullable String lang) {}

  private final InstrumentCatalogue catalogue;
  private final MunicipalityRepository municipalities;
  private final QuestionnaireFactory questionnaires;

  public PreviewController(
      InstrumentCatalogue catalogue,
      MunicipalityRepository municipalities,
      QuestionnaireFactory questionnaires) {
    this.catalogue = catalogue;
    this.municipalities = municipalities;
    this.questionnaires = questionnaires;
  }

  @Post
  public Questionnaire preview(Authentication who, @Valid @Body PreviewRequest body) {
    Scope.requireMunicipality(who, body.municipality());
    Municipality municipality =
        municipalities
            .findById(body.municipality())
            .orElseThrow(() -> ProblemException.notFound("No municipality " + body.municipality()));
    List<Module> modules = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < body.modules().size(); i++) {
      String id = body.modules().get(i);
      var module = catalogue.module(id);
      if (module.isEmpty()) {
        errors.add(new FieldError("modules[" + i + "]", "unknown module " + id));
      } else if (modules.stream().noneMatch(m -> m.id().equals(id))) {
        modules.add(module.get());
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    String lang = QuestionnaireFactory.language(body.lang(), municipality);
    return questionnaires.build(
        modules,
        municipality.name(),
        body.title() == null ? "" : body.title(),
        body.closes(),
        lang,
        null);
  }
}
