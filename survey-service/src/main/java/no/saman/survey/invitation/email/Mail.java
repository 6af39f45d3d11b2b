package no.saman.survey.invitation.email;

/** One e-mail to one address, as plain text with an HTML alternative. */
public record Mail(String to, String subject, String text, String html) {

  /** What became of a mail: delivered to the server, refused for good, or failed for now. */
  public enum Result {
    DELIVERED,
    REFUSED,
    FAILED
  }

  public record Outcome(Result result, String error) {
    static final Outcome DELIVERED = new Outcome(Result.DELIVERED, null);
  }
}
