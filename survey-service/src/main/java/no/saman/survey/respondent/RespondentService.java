package no.saman.survey.respondent;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.saman.survey.instrument.InstrumentCatalogue;
import no.saman.survey.organisation.Municipality;
import no.saman.survey.organisation.RecentMunicipalities;
import no.saman.survey.problem.Problem.FieldError;
import no.saman.survey.problem.ProblemException;
import no.saman.survey.response.ResponseValidator;
import no.saman.survey.round.RoundInstruments;

/** Opens the questionnaire behind a link and keeps the respondent's draft. */
@Singleton
public class RespondentService {

  static final int MAX_DRAFT_CHARACTERS = 64_000;
  private static final Set<String> DRAFT_FIELDS =
      Set.of("language", "background", "answers", "comments");

  private final RespondentAccess access;
  private final RecentMunicipalities municipalities;
  private final DraftRepository drafts;
  private final QuestionnaireFactory questionnaires;
  private final ObjectMapper json;
  private final InstrumentCatalogue catalogue;
  private final RoundInstruments roundInstruments;

  public RespondentService(
      RespondentAccess access,
      RecentMunicipalities municipalities,
      DraftRepository drafts,
      QuestionnaireFactory questionnaires,
      ObjectMapper json,
      InstrumentCatalogue catalogue,
      RoundInstruments roundInstruments) {
    this.access = access;
    this.municipalities = municipalities;
    this.drafts = drafts;
    this.questionnaires = questionnaires;
    this.json = json;
    this.catalogue = catalogue;
    this.roundInstruments = roundInstruments;
  }

  public Questionnaire questionnaire(String token, String requestedLanguage) {
    RespondentAccess.Access link = access.check(token);
    Municipality municipality = municipalities.find(link.round().municipality()).orElseThrow();
    Map<String, Object> draft =
        drafts.findById(link.tokenHash()).map(d -> read(d.body())).orElse(null);
    String lang =
        QuestionnaireFactory.language(
            requestedLanguage != null || draft == null
                ? requestedLanguage
                : (String) draft.get("language"),
            municipality);
    return questionnaires.build(link, municipality, lang, draft);
  }

  /**
   * Saves what the respondent has so far: anything may be left out until it is submitted, but what
   * it holds must fit the questionnaire, so that a saved draft always opens again.
   */
  @Transactional
  public void saveDraft(String token, Map<String, Object> body) {
    RespondentAccess.Access link = access.check(token);
    for (String key : body.keySet()) {
      if (!DRAFT_FIELDS.contains(key)) {
        throw ProblemException.invalid(key, "unknown field");
      }
    }
    List<FieldError> errors =
        new ResponseValidator(roundInstruments.modules(link.round()), catalogue.background())
            .validate(body).errors().stream()
                .filter(
                    e ->
                        !e.message().startsWith("required")
                            && !e.message().startsWith("only asked"))
                .toList();
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    String text = write(body);
    if (text.length() > MAX_DRAFT_CHARACTERS) {
      throw ProblemException.invalid(
          "body", "a draft may be at most " + MAX_DRAFT_CHARACTERS + " characters");
    }
    Draft draft = new Draft(link.tokenHash(), text);
    if (drafts.existsById(link.tokenHash())) {
      drafts.update(draft);
    } else {
      drafts.save(draft);
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> read(String body) {
    try {
      return json.readValue(body, Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
