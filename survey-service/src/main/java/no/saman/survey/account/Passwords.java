package no.saman.survey.account;

import org.mindrot.jbcrypt.BCrypt;

/** bcrypt with cost 12 for stored passwords; a dummy hash keeps unknown users as slow as known. */
public final class Passwords {

  private static final int COST = 12;

  /**
   * A cost-12 hash of "no-such-user", written out: checking against it costs what checking a real
   * hash costs, and computing it at class load was a second bcrypt (over a second on a cold JVM) on
   * the first start's path to ready, before the first administrator's own.
   */
  private static final String DUMMY_HASH =
      "$2a$12$doR5ElTUJ15bEd73MpyvHOipzMLExCfTTHMIDdFNX6I8pMl8vcWAC";

  private Passwords() {}

  public static String hash(String password) {
    return BCrypt.hashpw(password, BCrypt.gensalt(COST));
  }

  /** Whether {@code password} matches {@code hash}; with a null hash it spends the same time. */
  public static boolean matches(String password, String hash) {
    boolean ok = BCrypt.checkpw(password, hash == null ? DUMMY_HASH : hash);
    return hash != null && ok;
  }
}
