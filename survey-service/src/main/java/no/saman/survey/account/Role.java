package no.saman.survey.account;

/**
 * What a signed-in user may do; HR is scoped to one municipality, a network leader to one network.
 */
public enum Role {
  ADMIN,
  HR,
  NETWORK_LEADER
}
