package no.saman.survey.account;

import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import no.saman.survey.problem.ProblemException;

/**
 * The one place that decides whether a signed-in user may act on a municipality: admins on all, HR
 * only on its own.
 */
public final class Scope {

  public static final String MUNICIPALITY_CLAIM = "municipality";
  public static final String NETWORK_CLAIM = "network";

  private Scope() {}

  public static boolean isAdmin(Authentication who) {
    return who.getRoles().contains(Role.ADMIN.name());
  }

  public static void requireAdmin(Authentication who) {
    if (!isAdmin(who)) {
      throw forbidden("Only an administrator may do this.");
    }
  }

  /** Admins, and HR of exactly this municipality. */
  public static void requireMunicipality(Authentication who, String municipality) {
    if (isAdmin(who)) {
      return;
    }
    boolean hrOfIt =
        who.getRoles().contains(Role.HR.name())
            && municipality != null
            && municipality.equals(who.getAttributes().get(MUNICIPALITY_CLAIM));
    if (!hrOfIt) {
      throw forbidden("You may only work with your own municipality's data.");
    }
  }

  private static ProblemException forbidden(String detail) {
    return new ProblemException(HttpStatus.FORBIDDEN, detail);
  }
}
