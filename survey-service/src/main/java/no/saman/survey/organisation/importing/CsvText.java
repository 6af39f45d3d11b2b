package no.saman.survey.organisation.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads an uploaded file's bytes as text: UTF-8 with or without a byte-order mark, else
 * Windows-1252 (what Excel and most Norwegian payroll systems write when not told otherwise).
 */
public final class CsvText {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private CsvText() {}

  public static String decode(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      // Every byte sequence that is not UTF-8 is read as Windows-1252 (æ, ø, å are single bytes).
      return new String(bytes, WINDOWS_1252);
    }
  }
}
