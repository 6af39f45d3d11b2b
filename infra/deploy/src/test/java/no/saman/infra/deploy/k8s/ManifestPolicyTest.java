package no.saman.infra.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.saman.infra.deploy.ReadmeSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both overlays, rendered by kustomize, against the deployment's rules. */
class ManifestPolicyTest {

  private static final List<String> SERVICES = List.of("survey-service", "analytics-service");

  private static RenderedOverlay overlay(String name) throws Exception {
    return RenderedOverlay.of(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void everyContainerHasProbesLimitsAndANonRootReadOnlyContext(String name) throws Exception {
    RenderedOverlay overlay = overlay(name);
    assertThat(overlay.namespace()).doesNotContain(",").isNotEqualTo("null");
    assertThat(overlay.podTemplates()).containsKeys("survey-service", "analytics-service", "mysql");
    overlay
        .podTemplates()
        .forEach(
            (workload, template) -> {
              PodSpec pod = template.getSpec();
              assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(workload).isTrue();
              assertThat(pod.getSecurityContext().getRunAsUser()).as(workload).isPositive();
              for (Container c : pod.getContainers()) {
                String what = workload + "/" + c.getName();
                assertThat(c.getLivenessProbe()).as(what + " liveness").isNotNull();
                assertThat(c.getReadinessProbe()).as(what + " readiness").isNotNull();
                for (String resource : List.of("cpu", "memory")) {
                  assertThat(c.getResources().getRequests()).as(what).containsKey(resource);
                  assertThat(c.getResources().getLimits()).as(what).containsKey(resource);
                }
                var security = c.getSecurityContext();
                assertThat(security.getReadOnlyRootFilesystem()).as(what).isTrue();
                assertThat(security.getAllowPrivilegeEscalation()).as(what).isFalse();
                assertThat(security.getCapabilities().getDrop()).as(what).containsExactly("ALL");
                assertThat(c.getVolumeMounts())
                    .as(what + " writable /tmp")
                    .anyMatch(m -> m.getMountPath().equals("/tmp"));
                assertThat(c.getImage()).as(what).doesNotEndWith(":latest").matches(".+:[^/]+");
              }
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void theServicesProbeMicronautsHealthAndShutDownGracefully(String name) throws Exception {
    RenderedOverlay overlay = overlay(name);
    for (String service : SERVICES) {
      PodSpec pod = overlay.one(Deployment.class, service).getSpec().getTemplate().getSpec();
      Container c = pod.getContainers().get(0);
      assertThat(path(c.getLivenessProbe())).isEqualTo("/health/liveness");
      assertThat(path(c.getReadinessProbe())).isEqualTo("/health/readiness");
      assertThat(path(c.getStartupProbe())).isEqualTo("/health/liveness");
      assertThat(c.getPorts().get(0).getName()).isEqualTo("http");
      assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(65532L); // the image's user
      long preStop = c.getLifecycle().getPreStop().getSleep().getSeconds();
      // preStop, then Micronaut's grace period (20 s, application.yml), within the pod's grace.
      assertThat(pod.getTerminationGracePeriodSeconds()).isGreaterThan(preStop + 20);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"production"})
  void productionRunsReleasedImagesFromARegistry(String name) throws Exception {
    for (String service : SERVICES) {
      String image =
          overlay(name)
              .one(Deployment.class, service)
              .getSpec()
              .getTemplate()
              .getSpec()
              .getContainers()
              .get(0)
              .getImage();
      assertThat(image)
          .matches("[a-z0-9.-]+\\.[a-z]+/.+:\\d+\\.\\d+\\.\\d+|.+@sha256:[0-9a-f]{64}");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void everyWorkloadHasADisruptionBudgetSelectingItsPods(String name) throws Exception {
    RenderedOverlay overlay = overlay(name);
    overlay
        .podTemplates()
        .forEach(
            (workload, template) ->
                assertThat(overlay.all(PodDisruptionBudget.class))
                    .as(workload)
                    .filteredOn(
                        pdb ->
                            NetworkAccess.matches(
                                pdb.getSpec().getSelector(), template.getMetadata().getLabels()))
                    .hasSize(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void surveyServiceScalesOnCpuAndTheServicesSelectTheirPods(String name) throws Exception {
    RenderedOverlay overlay = overlay(name);
    HorizontalPodAutoscaler hpa = overlay.one(HorizontalPodAutoscaler.class, "survey-service");
    assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
    assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo("survey-service");
    assertThat(hpa.getSpec().getMetrics())
        .anyMatch(m -> m.getResource() != null && m.getResource().getName().equals("cpu"));
    assertThat(overlay.all(HorizontalPodAutoscaler.class)).hasSize(1);
    for (String service : SERVICES) {
      Deployment d = overlay.one(Deployment.class, service);
      Service s = overlay.one(Service.class, service);
      Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
      assertThat(podLabels).containsAllEntriesOf(s.getSpec().getSelector());
      assertThat(s.getSpec().getPorts().get(0).getTargetPort().getStrVal()).isEqualTo("http");
    }
    // analytics-service: one consumer per partition at most.
    int partitions =
        ((Number) overlay.custom("KafkaTopic").get(0).get("spec", "partitions")).intValue();
    assertThat(overlay.one(Deployment.class, "analytics-service").getSpec().getReplicas())
        .isLessThanOrEqualTo(partitions);
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void everyReadmeSettingComesFromTheConfigMapsOrTheSecret(String name) throws Exception {
    RenderedOverlay overlay = overlay(name);
    assertThat(overlay.all(Secret.class)).as("no secret in the repository").isEmpty();
    for (String service : SERVICES) {
      Container c =
          overlay
              .one(Deployment.class, service)
              .getSpec()
              .getTemplate()
              .getSpec()
              .getContainers()
              .get(0);
      Set<String> provided = new HashSet<>();
      for (EnvVar e : c.getEnv()) {
        provided.add(e.getName());
        assertThat(e.getValue()).as(e.getName() + " only by reference").isNull();
        assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("saman-secrets");
      }
      for (EnvFromSource from : c.getEnvFrom()) {
        ConfigMap map = overlay.one(ConfigMap.class, from.getConfigMapRef().getName());
        provided.addAll(map.getData().keySet());
      }
      for (ReadmeSettings setting : ReadmeSettings.all()) {
        if (setting.variable().equals("MICRONAUT_ENVIRONMENTS")) {
          assertThat(provided).as(service).doesNotContain(setting.variable());
        } else if (setting.usedBy(service)) {
          assertThat(provided).as(service).contains(setting.variable());
        }
      }
    }
  }

  private static String path(Probe probe) {
    return probe.getHttpGet().getPath();
  }

  static Ingress ingress(RenderedOverlay overlay) {
    return overlay.one(Ingress.class, "saman");
  }
}
