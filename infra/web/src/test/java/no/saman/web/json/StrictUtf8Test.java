package no.saman.web.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {

  @Test
  void shouldAcceptNorwegianTextEmojiAndEveryPlane() {
    byte[] text =
        "Fræna Ærø blåbær – \u20ac \uD83D\uDE00 \uFFFD \u0000".getBytes(StandardCharsets.UTF_8);
    assertThat(StrictUtf8.firstInvalidByte(text)).isEqualTo(-1);
  }

  @Test
  void shouldFindOverlongSurrogateTruncatedAndOutOfRangeSequences() {
    assertThat(StrictUtf8.firstInvalidByte(bytes('"', 0xC0, 0xAF, '"'))).isEqualTo(1);
    assertThat(StrictUtf8.firstInvalidByte(bytes('a', 'b', 0xE0, 0x80, 0xAF))).isEqualTo(2);
    assertThat(StrictUtf8.firstInvalidByte(bytes(0xED, 0xA0, 0x80))).isZero();
    assertThat(StrictUtf8.firstInvalidByte(bytes(0xF4, 0x90, 0x80, 0x80))).isZero();
    assertThat(StrictUtf8.firstInvalidByte(bytes(0xF0, 0x80, 0x80, 0xAF))).isZero();
    assertThat(StrictUtf8.firstInvalidByte(bytes('x', 0xE2, 0x82))).isEqualTo(1);
    assertThat(StrictUtf8.firstInvalidByte(bytes(0xC3, 0x28))).isZero();
    assertThat(StrictUtf8.firstInvalidByte(bytes(0xFF))).isZero();
    assertThat(StrictUtf8.firstInvalidByte(bytes(0x80))).isZero();
  }

  /** Agrees with the JDK's own strict decoder on random bytes, biased towards multi-byte forms. */
  @Test
  void shouldAgreeWithTheJdkDecoderOnRandomBytes() {
    Random random = new Random(20261202L);
    int[] leads = {0x41, 0x7F, 0x80, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5};
    for (int run = 0; run < 50_000; run++) {
      byte[] sample = new byte[1 + random.nextInt(6)];
      for (int i = 0; i < sample.length; i++) {
        sample[i] =
            (byte)
                (random.nextInt(3) == 0
                    ? leads[random.nextInt(leads.length)]
                    : 0x80 + random.nextInt(0x40));
      }
      if (StrictUtf8.firstInvalidByte(sample) < 0 != jdkAccepts(sample)) {
        assertThat(java.util.HexFormat.of().formatHex(sample)).as("judged unlike the JDK").isNull();
      }
    }
  }

  private static boolean jdkAccepts(byte[] sample) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(sample));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }
}
