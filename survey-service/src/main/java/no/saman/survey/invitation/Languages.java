package no.saman.survey.invitation;

import io.micronaut.core.annotation.Nullable;
import java.util.Set;
import no.saman.survey.problem.ProblemException;

/** The language a letter or an e-mail is written in: asked for, or the municipality's. */
public final class Languages {

  private static final Set<String> KNOWN = Set.of("nn", "nb", "en");

  private Languages() {}

  /** {@code lang} when given (nn, nb or en, else 400 naming it), the municipality's otherwise. */
  public static String choose(@Nullable String lang, IssuableRound target) {
    if (lang == null || lang.isBlank()) {
      return target.language();
    }
    if (!KNOWN.contains(lang)) {
      throw ProblemException.invalid("lang", "must be nn, nb or en");
    }
    return lang;
  }
}
