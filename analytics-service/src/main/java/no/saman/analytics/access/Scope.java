package no.saman.analytics.access;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import no.saman.analytics.organisation.NetworkStore;
import no.saman.analytics.problem.ProblemException;

/**
 * The one place that decides what a signed-in user may see (domain §6): admins everything, HR its
 * own municipality, a network leader its network and the municipality-level results of its members.
 */
@Singleton
public class Scope {

  /** How much of a municipality a caller may see. */
  public enum View {
    /** The municipality and its units: HR of it and admins. */
    UNITS,
    /** The municipality as a whole only: the leader of one of its networks. */
    MUNICIPALITY_ONLY
  }

  private final NetworkStore networks;

  Scope(NetworkStore networks) {
    this.networks = networks;
  }

  /** Admins only. */
  public Caller requireAdmin(Authentication who) {
    Caller caller = Caller.of(who);
    if (!caller.isAdmin()) {
      throw ProblemException.forbidden("Only an administrator may see this.");
    }
    return caller;
  }

  /** Admins, and HR of exactly this municipality. */
  public Caller requireHrOf(Authentication who, String municipality) {
    Caller caller = Caller.of(who);
    if (!caller.isAdmin() && !caller.isHrOf(municipality)) {
      throw ProblemException.forbidden("You may only see your own municipality's data.");
    }
    return caller;
  }

  /** Admins and HR of it see its units; the leader of a network it belongs to sees it whole. */
  public View requireViewOf(Authentication who, String municipality) {
    Caller caller = Caller.of(who);
    if (caller.isAdmin() || caller.isHrOf(municipality)) {
      return View.UNITS;
    }
    if (caller.network() != null
        && caller.leads(caller.network())
        && networks.isMember(caller.network(), municipality)) {
      return View.MUNICIPALITY_ONLY;
    }
    throw ProblemException.forbidden("This municipality is outside what you may see.");
  }

  /** Admins, and the leader of exactly this network. */
  public Caller requireLeaderOf(Authentication who, String network) {
    Caller caller = Caller.of(who);
    if (!caller.isAdmin() && !caller.leads(network)) {
      throw ProblemException.forbidden("You may only see your own network.");
    }
    return caller;
  }
}
