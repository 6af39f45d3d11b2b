package no.saman.infra.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * An event contract from {@code infra/contracts/} (packaged on the classpath under {@code
 * contracts/}), used by both services' contract tests.
 */
public final class EventContract {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonSchema schema;

  private EventContract(JsonSchema schema) {
    this.schema = schema;
  }

  /** Loads {@code contracts/<topic>.schema.json}, e.g. {@code survey.response.v1}. */
  public static EventContract forTopic(String topic) {
    String resource = "contracts/" + topic + ".schema.json";
    try (InputStream in = EventContract.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No contract on the classpath: " + resource);
      }
      var config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      return new EventContract(
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The violations of the contract, empty when {@code json} is a valid event. */
  public List<String> violations(String json) {
    try {
      JsonNode node = JSON.readTree(json);
      return schema.validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
    } catch (IOException e) {
      return List.of("not JSON: " + e.getMessage());
    }
  }

  /** Reads an example event shipped with the contracts, e.g. {@code examples/x.json}. */
  public static String example(String path) {
    String resource = "contracts/" + path;
    try (InputStream in = EventContract.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No example on the classpath: " + resource);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
