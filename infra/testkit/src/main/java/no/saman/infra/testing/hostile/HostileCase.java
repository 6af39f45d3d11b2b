package no.saman.infra.testing.hostile;

import java.util.List;

/**
 * One request of a hostile corpus: what it tries, the body and content type it sends, a suffix for
 * the path (empty, or a hostile path value), and the hostile strings it carries, which an answer
 * may echo back without that counting as a leak.
 *
 * @param contentType null to send no Content-Type header
 */
public record HostileCase(
    String label, String contentType, byte[] body, String pathValue, List<String> carried) {

  public static HostileCase json(String label, String json, List<String> carried) {
    return new HostileCase(label, "application/json", Json.utf8(json), null, carried);
  }

  public HostileCase withContentType(String label, String type) {
    return new HostileCase(label, type, body, pathValue, carried);
  }
}
