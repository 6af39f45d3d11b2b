package no.saman.survey.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTextTest {

  @Test
  void shouldReadUtf8WithAndWithoutByteOrderMark() {
    byte[] plain = "kode;namn\nA;Sjukeheimen på Ås".getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, bom, 3, plain.length);

    assertThat(CsvText.decode(plain)).isEqualTo("kode;namn\nA;Sjukeheimen på Ås");
    assertThat(CsvText.decode(bom)).isEqualTo("kode;namn\nA;Sjukeheimen på Ås");
  }

  @Test
  void shouldReadWindows1252WhenTheBytesAreNotUtf8() {
    byte[] ansi = "navn;Bærum – Økern".getBytes(CsvText.WINDOWS_1252);

    assertThat(CsvText.decode(ansi)).isEqualTo("navn;Bærum – Økern");
  }
}
