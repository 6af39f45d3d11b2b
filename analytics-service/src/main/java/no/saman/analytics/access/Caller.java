package no.saman.analytics.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in user as the scope rules need it, read once from the token's claims so that no rule
 * has to know claim names.
 *
 * @param municipality the HR user's kommunenummer, from the {@code municipality} claim
 * @param network the network leader's network id, from the {@code network} claim
 */
public record Caller(
    String name, Set<Role> roles, @Nullable String municipality, @Nullable String network) {

  public static final String MUNICIPALITY_CLAIM = "municipality";
  public static final String NETWORK_CLAIM = "network";

  public Caller {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public static Caller of(Authentication who) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String role : who.getRoles()) {
      for (Role known : Role.values()) {
        if (known.name().equals(role)) {
          roles.add(known);
        }
      }
    }
    return new Caller(
        who.getName(), roles, claim(who, MUNICIPALITY_CLAIM), claim(who, NETWORK_CLAIM));
  }

  public boolean isAdmin() {
    return roles.contains(Role.ADMIN);
  }

  /** HR of exactly this municipality. */
  public boolean isHrOf(String code) {
    return roles.contains(Role.HR) && code != null && code.equals(municipality);
  }

  /** Leader of exactly this network. */
  public boolean leads(String networkId) {
    return roles.contains(Role.NETWORK_LEADER) && networkId != null && networkId.equals(network);
  }

  private static String claim(Authentication who, String name) {
    Object value = who.getAttributes().get(name);
    return value == null ? null : value.toString();
  }
}
