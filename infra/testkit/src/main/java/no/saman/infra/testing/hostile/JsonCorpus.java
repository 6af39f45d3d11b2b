package no.saman.infra.testing.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates malformed and hostile JSON bodies for one endpoint from a valid body and its fields,
 * seeded so that a failure can be replayed: fields of the wrong type or out of range, unknown
 * items, malformed JSON, the wrong top-level value, broken UTF-8, deep nesting, huge bodies and
 * wrong content types. Every body is invalid for certain; without fields only the kinds that hold
 * for any JSON-object endpoint are made.
 */
public final class JsonCorpus {

  private static final List<String> WRONG_TYPES =
      List.of(
          "text/plain",
          "application/xml",
          "text/html",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=xyz",
          "application/octet-stream",
          "image/png",
          "application/javascript");

  private final Random random;
  private final Map<String, Object> valid;
  private final List<Field> fields;
  private final int maxBytes;

  /**
   * @param valid a body the endpoint accepts, or null when none is known
   * @param maxBytes the service's request size limit: "huge" bodies go beyond it
   */
  public JsonCorpus(long seed, Map<String, Object> valid, List<Field> fields, int maxBytes) {
    this.random = new Random(seed);
    this.valid = valid == null ? Map.of("name", "x") : valid;
    this.fields = valid == null ? List.of() : List.copyOf(fields);
    this.maxBytes = maxBytes;
  }

  public List<HostileCase> cases(int count) {
    List<HostileCase> cases = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      cases.add(next(i));
    }
    return cases;
  }

  /** Half the bodies (when the fields are known) have one invalid field; the rest are broken. */
  private HostileCase next(int i) {
    int kind = fields.isEmpty() ? 10 + random.nextInt(10) : random.nextInt(20);
    if (kind < 10) {
      return fieldValue();
    }
    return switch (kind) {
      case 10, 11 -> malformed();
      case 12, 13 -> wrongTopLevel();
      // A valid body made invalid only by its bytes: must be refused although it parses leniently.
      case 14 -> brokenUtf8(valid);
      case 15 -> fields.isEmpty() ? brokenUtf8(valid) : brokenUtf8Beside(fieldValueBody());
      case 16 -> deep();
      case 17 -> huge();
      default -> wrongContentType();
    };
  }

  private Field anyField() {
    return fields.get(random.nextInt(fields.size()));
  }

  /** The valid body with one field invalid, free text elsewhere hostile, maybe an unknown item. */
  private Map<String, Object> mutated(Field field, Object value) {
    Map<String, Object> body = new LinkedHashMap<>(valid);
    for (Field other : fields) {
      if (other.free() && other != field && random.nextBoolean()) {
        body.put(other.name(), HostileText.any(random).strip() + " x");
      }
    }
    if (random.nextInt(4) == 0) {
      body.put(HostileText.any(random), HostileText.any(random));
    }
    if (value == Field.class) {
      body.remove(field.name());
    } else {
      body.put(field.name(), value);
    }
    return body;
  }

  private Object invalidValue(Field field) {
    List<Object> values = field.invalid().apply(random);
    return values.get(random.nextInt(values.size()));
  }

  private Map<String, Object> fieldValueBody() {
    Field field = anyField();
    return mutated(field, invalidValue(field));
  }

  private HostileCase fieldValue() {
    Field field = anyField();
    Object value = invalidValue(field);
    Map<String, Object> body = mutated(field, value);
    return HostileCase.json(
        "field " + field.name() + " = " + preview(Json.write(value)),
        Json.write(body),
        carried(body));
  }

  private HostileCase malformed() {
    String text = Json.write(valid);
    int cut = 1 + random.nextInt(Math.max(1, text.length() - 1));
    String body =
        switch (random.nextInt(10)) {
          case 0 -> text.substring(0, cut);
          case 1 -> text.substring(0, text.length() - 1) + ",}";
          case 2 -> text.replace('"', '\'');
          case 3 -> text.replaceAll("\"([A-Za-z]+)\":", "$1:");
          case 4 -> "{" + text;
          case 5 -> text.replaceFirst(":", "");
          case 6 -> "{\"a\":NaN}";
          case 7 -> "{\"a\":\"unterminated}";
          case 8 -> "{\"a\":\"\\x41\"}";
          default -> text.substring(0, text.length() - 1) + ",\"b\":}";
        };
    return HostileCase.json("malformed JSON", body, List.of());
  }

  private HostileCase wrongTopLevel() {
    String body =
        switch (random.nextInt(9)) {
          case 0 -> "[" + Json.write(valid) + "]";
          case 1 -> "[]";
          case 2 -> "\"" + HostileText.any(random).replace("\\", "").replace("\"", "") + "\"";
          case 3 -> "12345";
          case 4 -> "true";
          case 5 -> "null";
          case 6 -> "";
          case 7 -> "   \n";
          default -> "-1e400";
        };
    return HostileCase.json("top-level " + preview(body), body, List.of());
  }

  /**
   * Bytes that are not UTF-8 in a member of their own beside an invalid field: inside the invalid
   * field's own text they could mend it (an overlong {@code C0 AF} decodes leniently to "/", which
   * makes a blank name no longer blank), and the case would not be invalid for certain.
   */
  private HostileCase brokenUtf8Beside(Map<String, Object> invalid) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("note", "");
    body.putAll(invalid);
    return brokenUtf8(body);
  }

  /** Bytes that are not UTF-8 inside the first string of {@code body}. */
  private HostileCase brokenUtf8(Map<String, Object> body) {
    String text = Json.write(body);
    byte[][] broken = {
      {(byte) 0xFF},
      {(byte) 0xC3, (byte) 0x28},
      {(byte) 0xE2, (byte) 0x82},
      {(byte) 0xC0, (byte) 0xAF},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
      {(byte) 0xFE, (byte) 0xFE}
    };
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int quote = text.indexOf("\":\"");
    int at = quote < 0 ? bytes.length / 2 : quote + 3;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, Math.min(at, bytes.length));
    out.writeBytes(broken[random.nextInt(broken.length)]);
    out.write(bytes, Math.min(at, bytes.length), bytes.length - Math.min(at, bytes.length));
    return new HostileCase(
        "broken UTF-8", "application/json", out.toByteArray(), null, carried(body));
  }

  private HostileCase deep() {
    int depth = 600 + random.nextInt(random.nextBoolean() ? 2_000 : 10_000);
    boolean arrays = random.nextBoolean();
    String open = arrays ? "[" : "{\"a\":";
    String close = arrays ? "]" : "}";
    String key = fields.isEmpty() ? "a" : anyField().name();
    String body = "{\"" + key + "\":" + open.repeat(depth) + "1" + close.repeat(depth) + "}";
    return HostileCase.json("nested " + depth + " deep", body, List.of());
  }

  private HostileCase huge() {
    String key = fields.isEmpty() ? "a" : anyField().name();
    String body =
        switch (random.nextInt(3)) {
          case 0 -> "{\"" + key + "\":\"" + "A".repeat(maxBytes + 1024) + "\"}";
          case 1 -> "{\"" + key + "\":[" + "1,".repeat(200_000) + "1]}";
          default -> {
            StringBuilder many = new StringBuilder("{");
            for (int k = 0; k < 50_000; k++) {
              many.append("\"k").append(k).append("\":").append(k).append(',');
            }
            yield many.append("\"" + key + "\":{}}").toString();
          }
        };
    return HostileCase.json("huge body of " + body.length() + " bytes", body, List.of());
  }

  private HostileCase wrongContentType() {
    String type = WRONG_TYPES.get(random.nextInt(WRONG_TYPES.size()));
    String text = Json.write(valid);
    return HostileCase.json("content type " + type, text, List.of())
        .withContentType("content type " + type, type);
  }

  /** The strings a body carries, which an answer may quote back. */
  private static List<String> carried(Object value) {
    List<String> out = new ArrayList<>();
    collect(value, out);
    return out;
  }

  private static void collect(Object value, List<String> out) {
    if (value instanceof String s) {
      out.add(s);
    } else if (value instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            out.add(String.valueOf(k));
            collect(v, out);
          });
    } else if (value instanceof List<?> list) {
      list.forEach(v -> collect(v, out));
    }
  }

  static String preview(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…(" + text.length() + ")";
  }
}
