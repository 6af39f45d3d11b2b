package no.saman.infra.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An administrator's bearer token signed the way survey-service signs them (HS256, claims sub and
 * roles) with local mode's secret, so that the scale benchmark needs no survey-service.
 */
final class BenchToken {

  /** application-local.yml's signing secret (local mode only). */
  static final String LOCAL_SECRET = "local-mode-only-signing-secret-not-for-production";

  private BenchToken() {}

  static String admin(String secret) {
    long now = System.currentTimeMillis() / 1000;
    String header = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
    String claims =
        "{\"sub\":\"scale-bench\",\"roles\":[\"ADMIN\"],\"iat\":"
            + now
            + ",\"exp\":"
            + (now + 12 * 3600)
            + "}";
    String signed =
        base64(header.getBytes(StandardCharsets.UTF_8))
            + "."
            + base64(claims.getBytes(StandardCharsets.UTF_8));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return signed + "." + base64(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String base64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
