package no.saman.infra.deploy.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The images as built: reproducible, non-root, with the JVM flags for containers. */
class ImageTarIT {

  @ParameterizedTest
  @ValueSource(strings = {"survey-service", "analytics-service"})
  void buildingTwiceGivesTheSameImage(String service) throws Exception {
    ImageTar first = ImageTar.read(ServiceImages.tar(service));
    ImageTar second = ImageTar.read(ServiceImages.rebuiltTar(service));

    String digest = Files.readString(ServiceImages.digestFile(service, false)).strip();
    assertThat(digest).matches("sha256:[0-9a-f]{64}");
    assertThat(Files.readString(ServiceImages.digestFile(service, true)).strip()).isEqualTo(digest);
    assertThat(second.imageId()).isEqualTo(first.imageId());
    assertThat(second.configBytes()).isEqualTo(first.configBytes());
    assertThat(second.layerNames()).isEqualTo(first.layerNames());
    for (String layer : first.layerNames()) {
      assertThat(second.blob(layer)).as(layer).isEqualTo(first.blob(layer));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"survey-service", "analytics-service"})
  void theConfigNamesItsLayersAndRunsAsANonRootUser(String service) throws Exception {
    ImageTar image = ImageTar.read(ServiceImages.tar(service));
    JsonNode config = image.config();
    JsonNode runtime = config.get("config");

    List<String> diffIds = new ArrayList<>();
    config.get("rootfs").get("diff_ids").forEach(n -> diffIds.add(n.asText()));
    assertThat(image.diffIds()).isEqualTo(diffIds).isNotEmpty();

    String user = runtime.get("User").asText();
    assertThat(user).matches("[1-9][0-9]*:[1-9][0-9]*");
    assertThat(runtime.get("WorkingDir").asText()).isEqualTo("/app");
    assertThat(config.get("created").asText()).isEqualTo("1970-01-01T00:00:00Z");

    List<String> entrypoint = new ArrayList<>();
    runtime.get("Entrypoint").forEach(n -> entrypoint.add(n.asText()));
    assertThat(entrypoint.get(0)).isEqualTo("java");
    assertThat(entrypoint)
        .contains("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=/tmp")
        .last()
        .asString()
        .startsWith("no.saman.");
    String port = "survey-service".equals(service) ? "8081/tcp" : "8082/tcp";
    assertThat(runtime.get("ExposedPorts").has(port)).as(port).isTrue();

    // Files are root's and read-only for the service's user; times fixed for reproducibility.
    image.forEachLayerEntry(
        e -> {
          assertThat(e.getLongUserId()).as(e.getName()).isZero();
          assertThat(e.getMode() & 0002).as(e.getName() + " world-writable").isZero();
          assertThat(e.getModTime().getTime()).as(e.getName()).isIn(0L, 1000L);
        });
  }
}
