package no.saman.survey.invitation.email;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts an e-mailed invitee's token (AES-GCM, bound to its hash) so that a reminder can send the
 * same link again while the database alone holds no usable link; the key is derived from the
 * service's signing secret.
 */
@Singleton
public class LinkSeal {

  private static final int IV_BYTES = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  public LinkSeal(
      @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String secret) {
    try {
      byte[] derived =
          MessageDigest.getInstance("SHA-256")
              .digest(("saman e-mail links\n" + secret).getBytes(StandardCharsets.UTF_8));
      this.key = new SecretKeySpec(derived, "AES");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }

  public byte[] seal(String token, byte[] tokenHash) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    byte[] sealed =
        crypt(Cipher.ENCRYPT_MODE, iv, tokenHash, token.getBytes(StandardCharsets.US_ASCII));
    return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
  }

  public String open(byte[] sealed, byte[] tokenHash) {
    byte[] iv = Arrays.copyOf(sealed, IV_BYTES);
    byte[] body = Arrays.copyOfRange(sealed, IV_BYTES, sealed.length);
    return new String(crypt(Cipher.DECRYPT_MODE, iv, tokenHash, body), StandardCharsets.US_ASCII);
  }

  private byte[] crypt(int mode, byte[] iv, byte[] tokenHash, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(128, iv));
      cipher.updateAAD(tokenHash);
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not open or seal an e-mailed link", e);
    }
  }
}
