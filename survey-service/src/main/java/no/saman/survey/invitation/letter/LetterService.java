package no.saman.survey.invitation.letter;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import no.saman.reports.letter.LetterModel;
import no.saman.reports.letter.LetterRenderer;
import no.saman.survey.invitation.InvitationService;
import no.saman.survey.invitation.IssuableRound;
import no.saman.survey.invitation.Languages;

/**
 * Makes the links for printed letters and renders them; the hashes are stored only once the PDF
 * exists, so a failed rendering leaves no links behind, and the tokens live on only in the PDF.
 */
@Singleton
public class LetterService {

  private final InvitationService invitations;
  private final LetterRenderer renderer = new LetterRenderer();

  public LetterService(InvitationService invitations) {
    this.invitations = invitations;
  }

  public byte[] letters(
      String roundId, @Nullable String unit, @Nullable String count, @Nullable String lang) {
    IssuableRound target = invitations.issuable(roundId, unit, count);
    String language = Languages.choose(lang, target);
    List<String> tokens = InvitationService.newTokens(target.count());
    byte[] pdf =
        renderer.render(
            new LetterModel(
                target.municipality().name(),
                target.unit().name(),
                target.round().title(),
                target.round().closes(),
                tokens.stream().map(invitations::link).toList()),
            Locale.forLanguageTag(language));
    invitations.store(target, tokens);
    return pdf;
  }
}
