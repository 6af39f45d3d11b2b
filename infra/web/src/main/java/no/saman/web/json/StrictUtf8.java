package no.saman.web.json;

/**
 * Strict UTF-8 (RFC 3629): the JSON parser decodes some invalid sequences leniently — an overlong
 * {@code C0 AF} becomes "/", an encoded surrogate a lone UTF-16 half — so a body could carry text
 * that its bytes do not say. Every JSON body is checked here before it is read.
 */
public final class StrictUtf8 {

  private StrictUtf8() {}

  /** The offset of the first byte that does not begin a valid UTF-8 sequence, or -1. */
  public static int firstInvalidByte(byte[] bytes) {
    int i = 0;
    int n = bytes.length;
    while (i < n) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int length;
      int min; // the least valid second byte, excluding overlong forms and surrogates
      int max;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
        min = 0x80;
        max = 0xBF;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        min = b == 0xE0 ? 0xA0 : 0x80;
        max = b == 0xED ? 0x9F : 0xBF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        min = b == 0xF0 ? 0x90 : 0x80;
        max = b == 0xF4 ? 0x8F : 0xBF;
      } else {
        return i;
      }
      if (i + length > n) {
        return i;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < min || second > max) {
        return i;
      }
      for (int k = 2; k < length; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += length;
    }
    return -1;
  }
}
