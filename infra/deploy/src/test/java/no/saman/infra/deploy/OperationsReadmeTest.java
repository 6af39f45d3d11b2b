package no.saman.infra.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.saman.infra.deploy.image.ServiceImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The commands of infra/deploy/README.md name what the repository really has. */
class OperationsReadmeTest {

  private static String readme;
  private static final Path ROOT = ServiceImages.root();

  @BeforeAll
  static void read() throws Exception {
    readme = Files.readString(ROOT.resolve("infra/deploy/README.md"));
  }

  @Test
  void everyOverlayIsRenderedAndProductionAppliedAsTheReadmeSays() throws Exception {
    try (Stream<Path> overlays = Files.list(ROOT.resolve("infra/deploy/k8s/overlays"))) {
      overlays.forEach(
          o ->
              assertThat(readme)
                  .contains("kubectl kustomize infra/deploy/k8s/overlays/" + o.getFileName()));
    }
    assertThat(readme).contains("kubectl apply -k infra/deploy/k8s/overlays/production");
    String namespace =
        no.saman.infra.deploy.k8s.Overlays.render("production").get(0).getMetadata().getNamespace();
    assertThat(readme).contains("kubectl create namespace " + namespace);
    assertThat(readme).contains("kubectl -n " + namespace + " create secret generic saman-secrets");
  }

  @Test
  void theSecretCommandCreatesExactlyTheKeysTheManifestsReference() throws Exception {
    Set<String> documented = new TreeSet<>();
    Matcher m = Pattern.compile("--from-literal=([a-z-]+)=").matcher(readme);
    while (m.find()) {
      documented.add(m.group(1));
    }
    Set<String> referenced = new TreeSet<>();
    for (HasMetadata o : no.saman.infra.deploy.k8s.Overlays.render("production")) {
      var template =
          o instanceof Deployment d
              ? d.getSpec().getTemplate()
              : o instanceof StatefulSet s ? s.getSpec().getTemplate() : null;
      if (template != null) {
        template.getSpec().getContainers().stream()
            .flatMap(c -> c.getEnv().stream())
            .filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
            .forEach(e -> referenced.add(e.getValueFrom().getSecretKeyRef().getKey()));
      }
    }
    assertThat(documented).isEqualTo(referenced).isNotEmpty();
  }

  @Test
  void theComposeCommandsNameTheFilesThatExist() throws Exception {
    assertThat(readme)
        .contains("cp infra/deploy/.env.example infra/deploy/.env")
        .contains("docker compose -f infra/deploy/compose.yaml --env-file infra/deploy/.env up -d");
    assertThat(ROOT.resolve("infra/deploy/.env.example")).exists();
    assertThat(ROOT.resolve("infra/deploy/compose.yaml")).exists();
    String compose = Files.readString(ROOT.resolve("infra/deploy/compose.yaml"));
    for (String schema : new String[] {"saman_survey", "saman_analytics"}) {
      assertThat(compose).contains("_DB_SCHEMA: " + schema);
      assertThat(readme).contains("--databases saman_survey saman_analytics");
    }
  }

  @Test
  void theImageSectionMatchesThePom() throws Exception {
    String pom = Files.readString(ROOT.resolve("pom.xml"));
    Matcher flags = Pattern.compile("<jvmFlag>([^<]+)</jvmFlag>").matcher(pom);
    int count = 0;
    while (flags.find()) {
      assertThat(readme).contains(flags.group(1));
      count++;
    }
    assertThat(count).isGreaterThanOrEqualTo(3);
    assertThat(pom)
        .containsPattern("<id>release</id>\\s*<properties>\\s*<image.base>[^<]+@sha256:");
    assertThat(readme).contains("./mvnw -B -Prelease").contains("65532:65532");
    assertThat(pom).contains("<user>65532:65532</user>");
  }
}
