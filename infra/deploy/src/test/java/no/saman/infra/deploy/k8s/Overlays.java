package no.saman.infra.deploy.k8s;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/** The rendered overlays, for tests of other packages. */
public final class Overlays {

  private Overlays() {}

  public static List<HasMetadata> render(String overlay) throws Exception {
    return RenderedOverlay.of(overlay).objects();
  }
}
