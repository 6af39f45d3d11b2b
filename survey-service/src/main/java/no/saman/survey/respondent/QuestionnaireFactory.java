package no.saman.survey.respondent;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.saman.survey.instrument.BackgroundQuestions;
import no.saman.survey.instrument.InstrumentCatalogue;
import no.saman.survey.instrument.Item;
import no.saman.survey.instrument.Module;
import no.saman.survey.organisation.Municipality;
import no.saman.survey.response.ResponseValidator;
import no.saman.survey.round.RoundInstruments;
import no.saman.survey.round.SurveyRound;

/** Puts a round's modules and the background questions into one language for a respondent. */
@Singleton
public class QuestionnaireFactory {

  static final List<String> LANGUAGES = List.of("nn", "nb", "en");

  private final InstrumentCatalogue catalogue;
  private final RoundInstruments roundInstruments;

  /** A questionnaire's questions in one language: all of it but the round's title and dates. */
  private record Questions(
      List<Questionnaire.Section> sections, List<Questionnaire.Question> background) {}

  // By round id and language: a round's module snapshot never changes, nor do the bundled
  // background questions and scales, so every respondent of a round gets the same questions.
  private final ConcurrentHashMap<String, Questions> roundQuestions = new ConcurrentHashMap<>();

  public QuestionnaireFactory(InstrumentCatalogue catalogue, RoundInstruments roundInstruments) {
    this.catalogue = catalogue;
    this.roundInstruments = roundInstruments;
  }

  /** The requested language if it is one we have, else the municipality's målform (neutral: nb). */
  static String language(String requested, Municipality municipality) {
    if (requested != null && LANGUAGES.contains(requested)) {
      return requested;
    }
    return "nn".equals(municipality.language()) ? "nn" : "nb";
  }

  Questionnaire build(
      RespondentAccess.Access link,
      Municipality municipality,
      String lang,
      Map<String, Object> draft) {
    SurveyRound round = link.round();
    Questions questions =
        roundQuestions.computeIfAbsent(
            round.id() + "/" + lang, key -> questions(roundInstruments.modules(round), lang));
    return questionnaire(
        questions, municipality.name(), round.title(), round.closes(), lang, draft);
  }

  /**
   * The questionnaire of these module versions exactly as a respondent gets it: the console's
   * preview of a round not yet created.
   */
  public Questionnaire build(
      List<Module> modules,
      String municipality,
      String title,
      LocalDate closes,
      String lang,
      Map<String, Object> draft) {
    return questionnaire(questions(modules, lang), municipality, title, closes, lang, draft);
  }

  private static Questionnaire questionnaire(
      Questions questions,
      String municipality,
      String title,
      LocalDate closes,
      String lang,
      Map<String, Object> draft) {
    return new Questionnaire(
        lang,
        LANGUAGES,
        municipality,
        title,
        closes,
        questions.sections(),
        questions.background(),
        ResponseValidator.MAX_COMMENT_LENGTH,
        draft);
  }

  private Questions questions(List<Module> modules, String lang) {
    List<Questionnaire.Section> sections = new ArrayList<>();
    for (Module module : modules) {
      sections.add(section(module, lang));
    }
    List<Questionnaire.Question> background = new ArrayList<>();
    for (BackgroundQuestions.Question q : catalogue.backgroundQuestions().questions()) {
      List<Questionnaire.Choice> choices =
          q.choices().stream()
              .map(c -> new Questionnaire.Choice(c.value(), c.texts().get(lang)))
              .toList();
      background.add(
          new Questionnaire.Question(
              q.id(), "choice", q.texts().get(lang), false, null, null, choices, null));
    }
    return new Questions(List.copyOf(sections), List.copyOf(background));
  }

  private Questionnaire.Section section(Module module, String lang) {
    List<Questionnaire.Question> items =
        module.items().stream().map(item -> question(item, lang)).toList();
    return new Questionnaire.Section(module.id(), module.names().get(lang), items);
  }

  private Questionnaire.Question question(Item item, String lang) {
    List<Questionnaire.Choice> choices = null;
    if (item.choices() != null) {
      choices =
          item.choices().stream()
              .map(c -> new Questionnaire.Choice(c, item.choiceTexts().get(c).get(lang)))
              .toList();
    } else if (item.scale() != null) {
      choices =
          catalogue.scale(item.scale()).entrySet().stream()
              .map(e -> new Questionnaire.Choice(e.getKey(), e.getValue().get(lang)))
              .toList();
    }
    Questionnaire.Condition when =
        item.askedWhen() == null
            ? null
            : new Questionnaire.Condition(item.askedWhen().item(), item.askedWhen().below());
    return new Questionnaire.Question(
        item.id(),
        item.type(),
        item.texts().get(lang),
        item.required(),
        item.min(),
        item.max(),
        choices,
        when);
  }
}
