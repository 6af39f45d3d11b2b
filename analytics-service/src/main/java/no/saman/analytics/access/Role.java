package no.saman.analytics.access;

/**
 * The roles survey-service signs into its tokens; HR is scoped to one municipality, a network
 * leader to one network.
 */
public enum Role {
  ADMIN,
  HR,
  NETWORK_LEADER
}
