package no.saman.survey.account;

import org.mindrot.jbcrypt.BCrypt;

/** bcrypt with cost 12 for stored passwords; a dummy hash keeps unknown users as slow as known. */
public final class Passwords {

  private static final int COST = 12;
  private static final String DUMMY_HASH = BCrypt.hashpw("no-such-user", BCrypt.gensalt(COST));

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
