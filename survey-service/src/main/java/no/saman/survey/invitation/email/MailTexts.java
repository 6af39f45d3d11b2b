package no.saman.survey.invitation.email;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The invitation and reminder e-mails in nn, nb and en, from {@code mail/mail_*.properties} with no
 * fallback between languages.
 */
public final class MailTexts {

  /** Which of the two e-mails. */
  public enum Kind {
    INVITATION("invitation"),
    REMINDER("reminder");

    private final String key;

    Kind(String key) {
      this.key = key;
    }
  }

  /** What an e-mail is about: the same for every address of a round. */
  public record Round(String municipality, String title, LocalDate deadline, String language) {}

  private MailTexts() {}

  public static Mail mail(Kind kind, Round round, String address, String link) {
    Locale locale = Locale.forLanguageTag(round.language());
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "mail.mail",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String pattern = "en".equals(round.language()) ? "d MMMM yyyy" : "d. MMMM yyyy";
    Object[] args = {
      round.municipality(),
      round.title(),
      DateTimeFormatter.ofPattern(pattern, locale).format(round.deadline()),
      link
    };
    String subject = format(bundle, kind.key + ".subject", locale, args);
    String intro = format(bundle, kind.key + ".intro", locale, args);
    String open = bundle.getString("open");
    String anonymous = bundle.getString("anonymous");
    String personal = bundle.getString("personal");
    String text = String.join("\n\n", intro, open + "\n" + link, anonymous, personal) + "\n";
    String html =
        "<!DOCTYPE html><html lang=\""
            + round.language()
            + "\"><body>"
            + paragraph(intro)
            + paragraph(open)
            + "<p><a href=\""
            + escape(link)
            + "\">"
            + escape(link)
            + "</a></p>"
            + paragraph(anonymous)
            + paragraph(personal)
            + "</body></html>";
    return new Mail(address, subject, text, html);
  }

  private static String format(ResourceBundle bundle, String key, Locale locale, Object[] args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  private static String paragraph(String text) {
    return "<p>" + escape(text) + "</p>";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
