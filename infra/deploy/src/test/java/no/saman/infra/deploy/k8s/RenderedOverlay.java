package no.saman.infra.deploy.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.saman.infra.deploy.image.ServiceImages;

/** One overlay of infra/deploy/k8s, rendered by kustomize. */
record RenderedOverlay(String name, List<HasMetadata> objects) {

  private static final Map<String, RenderedOverlay> RENDERED = new java.util.HashMap<>();

  /** Rendered once per test JVM (kustomize takes a few seconds). */
  static synchronized RenderedOverlay of(String overlay) throws Exception {
    if (!RENDERED.containsKey(overlay)) {
      Path dir = ServiceImages.root().resolve("infra/deploy/k8s/overlays").resolve(overlay);
      RENDERED.put(overlay, new RenderedOverlay(overlay, Kustomize.render(dir)));
    }
    return RENDERED.get(overlay);
  }

  <T extends HasMetadata> List<T> all(Class<T> type) {
    return objects.stream().filter(type::isInstance).map(type::cast).toList();
  }

  <T extends HasMetadata> T one(Class<T> type, String name) {
    return all(type).stream()
        .filter(o -> o.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
  }

  List<GenericKubernetesResource> custom(String kind) {
    return all(GenericKubernetesResource.class).stream()
        .filter(o -> o.getKind().equals(kind))
        .toList();
  }

  /** Every workload's pod template, named by its workload. */
  Map<String, PodTemplateSpec> podTemplates() {
    var templates = new java.util.LinkedHashMap<String, PodTemplateSpec>();
    all(Deployment.class)
        .forEach(d -> templates.put(d.getMetadata().getName(), d.getSpec().getTemplate()));
    all(StatefulSet.class)
        .forEach(s -> templates.put(s.getMetadata().getName(), s.getSpec().getTemplate()));
    return templates;
  }

  String namespace() {
    List<String> namespaces = new ArrayList<>();
    objects.forEach(o -> namespaces.add(o.getMetadata().getNamespace()));
    return namespaces.stream().distinct().reduce((a, b) -> a + "," + b).orElseThrow();
  }
}
