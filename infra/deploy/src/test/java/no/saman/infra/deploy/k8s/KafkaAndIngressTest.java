package no.saman.infra.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.saman.infra.deploy.image.ServiceImages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Strimzi topics match the event contracts; the Ingress reaches both services. */
class KafkaAndIngressTest {

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void theTopicsAreTheContractsTopicsOnTheOneKafkaCluster(String name) throws Exception {
    RenderedOverlay overlay = RenderedOverlay.of(name);
    List<String> contracts;
    try (Stream<java.nio.file.Path> files =
        Files.list(ServiceImages.root().resolve("infra/contracts"))) {
      contracts =
          files
              .map(f -> f.getFileName().toString())
              .filter(f -> f.endsWith(".schema.json"))
              .map(f -> f.replace(".schema.json", ""))
              .sorted()
              .toList();
    }
    List<GenericKubernetesResource> topics = overlay.custom("KafkaTopic");
    assertThat(topics.stream().map(t -> t.getMetadata().getName()).sorted().toList())
        .isEqualTo(contracts)
        .hasSize(3);

    GenericKubernetesResource kafka = overlay.custom("Kafka").get(0);
    int brokers =
        ((Number) overlay.custom("KafkaNodePool").get(0).get("spec", "replicas")).intValue();
    int expectedReplicas = name.equals("production") ? 3 : 1;
    assertThat(brokers).isEqualTo(expectedReplicas);
    for (GenericKubernetesResource topic : topics) {
      String topicName = topic.getMetadata().getName();
      assertThat(topic.getMetadata().getLabels())
          .containsEntry("strimzi.io/cluster", kafka.getMetadata().getName());
      assertThat(((Number) topic.get("spec", "partitions")).intValue()).isEqualTo(6);
      assertThat(((Number) topic.get("spec", "replicas")).intValue()).isEqualTo(expectedReplicas);
      Map<String, Object> config = topic.get("spec", "config");
      if (topicName.equals("survey.response.v1")) {
        assertThat(config).containsEntry("retention.ms", -1);
      } else {
        assertThat(config).containsEntry("cleanup.policy", "compact");
      }
    }
    Map<String, Object> kafkaConfig = kafka.get("spec", "kafka", "config");
    assertThat(((Number) kafkaConfig.get("min.insync.replicas")).intValue())
        .isLessThan(Math.max(expectedReplicas, 2));
    // The services' bootstrap address is the Strimzi bootstrap service of that cluster.
    ConfigMap shared =
        overlay.all(ConfigMap.class).stream()
            .filter(c -> c.getMetadata().getName().startsWith("saman-config"))
            .findFirst()
            .orElseThrow();
    assertThat(shared.getData().get("KAFKA_BOOTSTRAP_SERVERS"))
        .isEqualTo(kafka.getMetadata().getName() + "-kafka-bootstrap:9092");
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void theIngressSendsEachHostToAnExistingService(String name) throws Exception {
    RenderedOverlay overlay = RenderedOverlay.of(name);
    Ingress ingress = overlay.one(Ingress.class, "saman");
    assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
    Map<String, String> backends = new java.util.HashMap<>();
    for (IngressRule rule : ingress.getSpec().getRules()) {
      var backend = rule.getHttp().getPaths().get(0).getBackend().getService();
      Service service = overlay.one(Service.class, backend.getName());
      assertThat(service.getSpec().getPorts())
          .anyMatch(p -> p.getName().equals(backend.getPort().getName()));
      backends.put(rule.getHost(), backend.getName());
    }
    assertThat(backends.values()).containsExactlyInAnyOrder("survey-service", "analytics-service");
    // Respondent links point at the host that reaches survey-service.
    ConfigMap survey =
        overlay.all(ConfigMap.class).stream()
            .filter(c -> c.getMetadata().getName().startsWith("survey-service-config"))
            .findFirst()
            .orElseThrow();
    String publicUrl = survey.getData().get("SURVEY_PUBLIC_URL");
    String host = java.net.URI.create(publicUrl).getHost();
    assertThat(backends).containsEntry(host, "survey-service");
    if (name.equals("production")) {
      assertThat(publicUrl).startsWith("https://");
      assertThat(ingress.getSpec().getTls().get(0).getHosts())
          .containsExactlyInAnyOrderElementsOf(backends.keySet());
    }
  }

  @SuppressWarnings("unchecked")
  @ParameterizedTest
  @ValueSource(strings = {"production"})
  void theOptionalLagScalerStaysWithinThePartitions(String name) throws Exception {
    RenderedOverlay overlay = RenderedOverlay.of(name);
    var scaler =
        new io.fabric8.kubernetes.client.utils.KubernetesSerialization()
            .unmarshal(
                Files.readString(
                    ServiceImages.root()
                        .resolve("infra/deploy/k8s/optional/analytics-service-keda.yaml")),
                GenericKubernetesResource.class);
    String target = scaler.get("spec", "scaleTargetRef", "name");
    overlay.one(io.fabric8.kubernetes.api.model.apps.Deployment.class, target);
    Map<String, Object> trigger =
        ((List<Map<String, Object>>) scaler.get("spec", "triggers")).get(0);
    @SuppressWarnings("unchecked")
    Map<String, String> metadata = (Map<String, String>) trigger.get("metadata");
    GenericKubernetesResource topic =
        overlay.custom("KafkaTopic").stream()
            .filter(t -> t.getMetadata().getName().equals(metadata.get("topic")))
            .findFirst()
            .orElseThrow();
    assertThat(((Number) scaler.get("spec", "maxReplicaCount")).intValue())
        .isEqualTo(((Number) topic.get("spec", "partitions")).intValue());
    ConfigMap analytics =
        overlay.all(ConfigMap.class).stream()
            .filter(c -> c.getMetadata().getName().startsWith("analytics-service-config"))
            .findFirst()
            .orElseThrow();
    assertThat(metadata.get("consumerGroup"))
        .isEqualTo(analytics.getData().get("ANALYTICS_GROUP_ID"));
    String bootstrap =
        overlay.all(ConfigMap.class).stream()
            .filter(c -> c.getMetadata().getName().startsWith("saman-config"))
            .findFirst()
            .orElseThrow()
            .getData()
            .get("KAFKA_BOOTSTRAP_SERVERS");
    assertThat(metadata.get("bootstrapServers")).isEqualTo(bootstrap);
  }

  @ParameterizedTest
  @ValueSource(strings = {"local"})
  void theDatabaseGrantsAreTheSameAsCompose(String name) throws Exception {
    String compose =
        Files.readString(ServiceImages.root().resolve("infra/deploy/mysql/01-grants.sql"));
    ConfigMap init =
        RenderedOverlay.of(name).all(ConfigMap.class).stream()
            .filter(c -> c.getMetadata().getName().startsWith("mysql-init"))
            .findFirst()
            .orElseThrow();
    assertThat(init.getData().get("01-grants.sql")).isEqualTo(compose);
  }
}
