package no.saman.survey.response;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The event JSON spliced from the row's already written maps is the very JSON the mapper writes for
 * the whole event, byte for byte, over a corpus of responses: empty and missing maps, escapes,
 * non-ASCII text, integers, choices and lists of choices.
 */
class ResponseEventJsonTest {

  private static final ObjectMapper JSON = ObjectMapper.getDefault();
  private static final String[] TEXTS = {
    "",
    "ja",
    "Nær leiar \"sa\" nei",
    "tab\there",
    "line\nbreak",
    "back\\slash",
    "æøå ÆØÅ",
    "emoji 😀",
    "<script>&amp;</script>",
    "\u0001 control",
    "/slash/",
    "x".repeat(2000)
  };

  @Test
  void shouldWriteTheSameBytesAsTheWholeEventForACorpusOfResponses() throws IOException {
    Random random = new Random(12);
    for (int i = 0; i < 2_000; i++) {
      ResponseEvent event = randomEvent(random);
      String expected = JSON.writeValueAsString(event);

      String spliced =
          event.toJson(
              JSON, write(event.background()), write(event.answers()), write(event.comments()));

      assertThat(spliced).as("event %d", i).isEqualTo(expected);
    }
  }

  @Test
  void shouldReadBackAsTheSameEvent() throws IOException {
    ResponseEvent event =
        new ResponseEvent(
            ResponseEvent.TOPIC,
            "4b0c6c3e-6f4a-4c3e-9d0e-0d6f3f1d2a10",
            "r1",
            "2026-autumn",
            "4601",
            List.of("4601", "HELSE", "HELSE-1"),
            LocalDate.of(2026, 12, 2),
            "nn",
            Map.of("occupation", "nurse"),
            Map.of("H1", 60, "H4", List.of("care")),
            Map.of("HEILTID", "Nær \"nok\""));

    String spliced =
        event.toJson(
            JSON,
            "{\"occupation\":\"nurse\"}",
            "{\"H1\":60,\"H4\":[\"care\"]}",
            "{\"HEILTID\":\"Nær \\\"nok\\\"\"}");

    assertThat(JSON.readValue(spliced, ResponseEvent.class)).isEqualTo(event);
  }

  private static String write(Object value) throws IOException {
    return value == null ? "null" : JSON.writeValueAsString(value);
  }

  private static ResponseEvent randomEvent(Random random) {
    List<String> path = new ArrayList<>(List.of("4601"));
    for (int d = random.nextInt(4); d >= 0; d--) {
      path.add("U" + random.nextInt(1000));
    }
    return new ResponseEvent(
        ResponseEvent.TOPIC,
        UUID.nameUUIDFromBytes(new byte[] {(byte) random.nextInt()}).toString(),
        "round-" + random.nextInt(100),
        "2026-autumn",
        "4601",
        path,
        LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)),
        random.nextBoolean() ? "nn" : "nb",
        maybe(random, () -> texts(random, "occupation", "ageBand", "tenureBand")),
        maybe(random, () -> answers(random)),
        maybe(random, () -> texts(random, "HEILTID", "LEIING", "NÆRVÆR")));
  }

  /** Now and then null, which the mapper leaves out of the event. */
  private static <T> T maybe(Random random, Supplier<T> value) {
    return random.nextInt(20) == 0 ? null : value.get();
  }

  private static Map<String, String> texts(Random random, String... keys) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String k : keys) {
      if (random.nextBoolean()) {
        m.put(k, TEXTS[random.nextInt(TEXTS.length)]);
      }
    }
    return m;
  }

  private static Map<String, Object> answers(Random random) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = random.nextInt(31); i > 0; i--) {
      String item = "Q" + random.nextInt(40);
      switch (random.nextInt(3)) {
        case 0 -> m.put(item, random.nextInt(101) - 1);
        case 1 -> m.put(item, TEXTS[random.nextInt(TEXTS.length)]);
        default -> {
          List<String> choices = new ArrayList<>();
          for (int c = random.nextInt(4); c >= 0; c--) {
            choices.add("choice_" + random.nextInt(9));
          }
          m.put(item, choices);
        }
      }
    }
    return m;
  }
}
