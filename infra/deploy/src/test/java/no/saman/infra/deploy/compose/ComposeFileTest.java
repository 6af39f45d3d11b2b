package no.saman.infra.deploy.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.saman.infra.deploy.ReadmeSettings;
import no.saman.infra.deploy.image.ServiceImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** compose.yaml against the Compose Specification's schema and the deployment's rules. */
class ComposeFileTest {

  private static final List<String> SECRETS =
      List.of("MYSQL_PASSWORD", "JWT_SECRET", "SAMAN_ADMIN_PASSWORD", "MYSQL_ROOT_PASSWORD");

  private static ComposeFile compose;

  @BeforeAll
  static void load() throws Exception {
    compose = ComposeFile.load();
  }

  @Test
  void conformsToTheComposeSpecification() throws Exception {
    JsonSchema schema = composeSpec();
    Set<ValidationMessage> errors = schema.validate(compose.tree());
    assertThat(errors).extracting(ValidationMessage::getMessage).isEmpty();
  }

  @Test
  void theSchemaRejectsWhatComposeRejects() throws Exception {
    JsonSchema schema = composeSpec();
    var broken = (com.fasterxml.jackson.databind.node.ObjectNode) compose.tree().deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) broken.path("services").path("kafka"))
        .put("restart_policy", "always");
    assertThat(schema.validate(broken)).isNotEmpty();
  }

  /** The vendored schema, from the classpath so that its relative {@code $id} resolves. */
  private static JsonSchema composeSpec() {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
        .getSchema(SchemaLocation.of("classpath:compose-spec/compose-spec.json"));
  }

  @Test
  void everyServiceHasAHealthcheckAndAPinnedImage() {
    compose
        .tree()
        .path("services")
        .properties()
        .forEach(
            e -> {
              JsonNode service = e.getValue();
              assertThat(service.path("healthcheck").path("test").isArray())
                  .as(e.getKey() + " healthcheck")
                  .isTrue();
              String image = service.path("image").asText();
              assertThat(image).as(e.getKey()).doesNotEndWith(":latest").contains(":");
              if (!image.startsWith("${")) {
                assertThat(image).as(e.getKey()).matches("[a-z0-9./-]+:\\d+\\.\\d+\\.\\d+");
              }
            });
  }

  @Test
  void kafkaIsTheOfficialImageInKraftModeAtTheClientsVersion() throws Exception {
    JsonNode kafka = compose.service("kafka");
    String pom = Files.readString(ServiceImages.root().resolve("pom.xml"));
    Matcher version = Pattern.compile("<kafka.version>([^<]+)</kafka.version>").matcher(pom);
    assertThat(version.find()).isTrue();
    assertThat(kafka.path("image").asText()).isEqualTo("apache/kafka:" + version.group(1));
    assertThat(kafka.path("environment").path("KAFKA_PROCESS_ROLES").asText())
        .isEqualTo("broker,controller");
    assertThat(compose.text()).doesNotContainIgnoringCase("zookeeper");
    assertThat(compose.service("mysql").path("image").asText()).startsWith("mysql:8.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"survey-service", "analytics-service"})
  void theServicesWaitForAHealthyDatabaseAndBroker(String name) {
    JsonNode dependsOn = compose.service(name).path("depends_on");
    for (String dependency : List.of("mysql", "kafka")) {
      assertThat(dependsOn.path(dependency).path("condition").asText())
          .as(name + " → " + dependency)
          .isEqualTo("service_healthy");
    }
    assertThat(compose.service(name).path("read_only").asBoolean()).isTrue();
  }

  @Test
  void theDataLivesOnNamedVolumes() {
    for (String service : List.of("mysql", "kafka")) {
      List<String> volumes = new ArrayList<>();
      compose.service(service).path("volumes").forEach(v -> volumes.add(v.asText()));
      assertThat(volumes)
          .as(service)
          .anySatisfy(
              v -> assertThat(compose.tree().path("volumes").has(v.split(":")[0])).isTrue());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"survey-service", "analytics-service"})
  void everySettingOfTheReadmeIsPassedToTheServiceThatReadsIt(String name) throws Exception {
    JsonNode environment = compose.service(name).path("environment");
    List<ReadmeSettings> settings = ReadmeSettings.all();
    assertThat(settings).hasSizeGreaterThan(20);
    for (ReadmeSettings setting : settings) {
      if (setting.variable().equals("MICRONAUT_ENVIRONMENTS")) {
        // Local mode (demo secrets and passwords) must never be on in a deployment.
        assertThat(environment.has(setting.variable())).isFalse();
      } else if (setting.usedBy(name)) {
        assertThat(environment.has(setting.variable())).as(setting.variable()).isTrue();
      }
    }
  }

  @Test
  void secretsComeOnlyFromTheEnvFileAndTheExampleHoldsNone() {
    compose
        .tree()
        .path("services")
        .properties()
        .forEach(
            e -> {
              JsonNode env = e.getValue().path("environment");
              for (String secret : SECRETS) {
                if (env.has(secret)) {
                  assertThat(ComposeFile.isRequiredInterpolation(env.path(secret).asText(), secret))
                      .as(e.getKey() + " " + secret + " = " + env.path(secret).asText())
                      .isTrue();
                }
              }
            });
    Map<String, String> example = compose.envExample();
    for (String secret : SECRETS) {
      assertThat(example).containsEntry(secret, "");
    }
    assertThat(example.keySet()).containsAll(compose.interpolatedVariables());
    assertThat(ServiceImages.root().resolve(".gitignore")).content().contains("/infra/deploy/.env");
  }
}
