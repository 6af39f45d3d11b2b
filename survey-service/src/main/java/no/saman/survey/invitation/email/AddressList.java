package no.saman.survey.invitation.email;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sorts an uploaded list of addresses into those to invite (trimmed, lower case, each once) and
 * those refused with the reason: not an address, or given twice.
 */
public final class AddressList {

  private static final Pattern PLAIN =
      Pattern.compile("[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;.]+");
  private static final Set<String> HEADERS =
      Set.of("email", "e-mail", "epost", "e-post", "address", "adresse", "e-postadresse");

  /** An address and why it gets no e-mail. */
  public record Refusal(String address, String error) {}

  public record Sorted(List<String> valid, List<Refusal> refused) {}

  private AddressList() {}

  /** The lines of a text or CSV upload: one address per line, the first cell of each. */
  public static List<String> lines(String body) {
    List<String> addresses = new ArrayList<>();
    for (String line : body.replace("\uFEFF", "").split("\\R")) {
      String cell = line.split("[;,\\t]", 2)[0].trim();
      if (!cell.isEmpty()
          && !(addresses.isEmpty() && HEADERS.contains(cell.toLowerCase(Locale.ROOT)))) {
        addresses.add(cell);
      }
    }
    return addresses;
  }

  /**
   * @param alreadyInvited addresses the round has e-mailed before, lower case
   */
  public static Sorted sort(List<String> raw, Set<String> alreadyInvited) {
    List<String> valid = new ArrayList<>();
    List<Refusal> refused = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String given : raw) {
      String address = given == null ? "" : given.trim().toLowerCase(Locale.ROOT);
      if (!isAddress(address)) {
        refused.add(new Refusal(given, "not an e-mail address"));
      } else if (!seen.add(address)) {
        refused.add(new Refusal(given, "given more than once"));
      } else if (alreadyInvited.contains(address)) {
        refused.add(new Refusal(given, "already invited to this round"));
      } else {
        valid.add(address);
      }
    }
    return new Sorted(valid, refused);
  }

  static boolean isAddress(String address) {
    if (address.length() > 254 || !PLAIN.matcher(address).matches()) {
      return false;
    }
    try {
      new InternetAddress(address, true).validate();
      return true;
    } catch (AddressException e) {
      return false;
    }
  }
}
