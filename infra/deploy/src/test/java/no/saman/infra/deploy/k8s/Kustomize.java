package no.saman.infra.deploy.k8s;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Renders a Kustomize directory with the real kustomize ({@code kustomize build}, or {@code kubectl
 * kustomize}, found on the PATH or named by {@code KUSTOMIZE}) and loads the objects as fabric8's
 * typed models (custom resources such as Strimzi's stay generic).
 */
final class Kustomize {

  private static final KubernetesSerialization YAML = new KubernetesSerialization();

  private Kustomize() {}

  static List<HasMetadata> render(Path dir) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(tool());
    command.add(dir.toString());
    Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + err);
    }
    List<HasMetadata> objects = new ArrayList<>();
    for (String doc : new String(out, StandardCharsets.UTF_8).split("(?m)^---\\s*$")) {
      if (!doc.isBlank()) {
        objects.add(YAML.unmarshal(doc, HasMetadata.class));
      }
    }
    return objects;
  }

  private static List<String> tool() {
    String named = System.getenv("KUSTOMIZE");
    if (named != null && !named.isBlank()) {
      return List.of(named, "build");
    }
    Optional<Path> kustomize = onPath("kustomize");
    if (kustomize.isPresent()) {
      return List.of(kustomize.get().toString(), "build");
    }
    return onPath("kubectl")
        .map(k -> List.of(k.toString(), "kustomize"))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Neither kustomize nor kubectl is on the PATH (set KUSTOMIZE to a kustomize"
                        + " binary): the manifests cannot be rendered"));
  }

  private static Optional<Path> onPath(String name) {
    return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
