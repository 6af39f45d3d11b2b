package no.saman.analytics.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Signs tokens the way survey-service does (HS256, claims sub, roles, municipality, network) with
 * the secret of application-test.yml, so that tests need no survey-service.
 */
public final class Tokens {

  /** The signing secret of application-test.yml. */
  public static final String TEST_SECRET = "test-signing-secret-of-at-least-32-characters";

  private Tokens() {}

  public static String admin() {
    return sign("admin", "ADMIN", null, null, TEST_SECRET);
  }

  public static String hr(String municipality) {
    return sign("hr-" + municipality, "HR", municipality, null, TEST_SECRET);
  }

  public static String leader(String network) {
    return sign("leader-" + network, "NETWORK_LEADER", null, network, TEST_SECRET);
  }

  /** A token with any role and claims, signed with any secret. */
  public static String sign(
      String subject, String role, String municipality, String network, String secret) {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .subject(subject)
            .claim("roles", List.of(role))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(3600)));
    if (municipality != null) {
      claims.claim("municipality", municipality);
    }
    if (network != null) {
      claims.claim("network", network);
    }
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
      jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
