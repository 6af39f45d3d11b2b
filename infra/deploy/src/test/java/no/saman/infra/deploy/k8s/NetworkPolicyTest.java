package no.saman.infra.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may connect to whom, by the rendered NetworkPolicies. */
class NetworkPolicyTest {

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void onlyTheServicesReachTheDatabaseAndOnlyTheIngressReachesTheServices(String name)
      throws Exception {
    RenderedOverlay overlay = RenderedOverlay.of(name);
    String ns = overlay.namespace();
    NetworkAccess access = new NetworkAccess(ns, overlay.all(NetworkPolicy.class));

    Map<String, String> mysql = podLabels(overlay.one(StatefulSet.class, "mysql"));
    Map<String, String> survey = podLabels(overlay.one(Deployment.class, "survey-service"));
    Map<String, String> analytics = podLabels(overlay.one(Deployment.class, "analytics-service"));
    var surveyPod = new NetworkAccess.Pod(ns, nsLabels(ns), survey);
    var analyticsPod = new NetworkAccess.Pod(ns, nsLabels(ns), analytics);
    var otherPod = new NetworkAccess.Pod(ns, nsLabels(ns), Map.of("app.kubernetes.io/name", "x"));
    var ingress =
        new NetworkAccess.Pod(
            "ingress-nginx", nsLabels("ingress-nginx"), Map.of("app.kubernetes.io/name", "nginx"));
    var elsewhere = new NetworkAccess.Pod("default", nsLabels("default"), survey);
    var prometheus =
        new NetworkAccess.Pod(
            "monitoring", nsLabels("monitoring"), Map.of("app.kubernetes.io/name", "prometheus"));

    assertThat(access.allows(surveyPod, mysql, 3306)).isTrue();
    assertThat(access.allows(analyticsPod, mysql, 3306)).isTrue();
    assertThat(access.allows(otherPod, mysql, 3306)).isFalse();
    assertThat(access.allows(ingress, mysql, 3306)).isFalse();
    assertThat(access.allows(elsewhere, mysql, 3306)).as("same labels, other namespace").isFalse();

    assertThat(access.allows(ingress, survey, 8081)).isTrue();
    assertThat(access.allows(ingress, analytics, 8082)).isTrue();
    assertThat(access.allows(otherPod, survey, 8081)).isFalse();
    assertThat(access.allows(otherPod, analytics, 8082)).isFalse();
    assertThat(access.allows(surveyPod, analytics, 8082)).isFalse();
    assertThat(access.allows(ingress, survey, 3306)).as("only the HTTP port").isFalse();
    // The sign-in on the results page is passed on to survey-service.
    assertThat(access.allows(analyticsPod, survey, 8081)).isTrue();
    assertThat(access.allows(prometheus, survey, 8081)).isTrue();
    assertThat(access.allows(prometheus, mysql, 3306)).isFalse();
  }

  private static Map<String, String> nsLabels(String namespace) {
    return Map.of("kubernetes.io/metadata.name", namespace);
  }

  private static Map<String, String> podLabels(io.fabric8.kubernetes.api.model.HasMetadata w) {
    if (w instanceof Deployment d) {
      return d.getSpec().getTemplate().getMetadata().getLabels();
    }
    return ((StatefulSet) w).getSpec().getTemplate().getMetadata().getLabels();
  }
}
