package no.saman.infra.deploy.image;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the services' builds leave their image tars (see the Jib executions of the root pom). */
public final class ServiceImages {

  private ServiceImages() {}

  public static Path root() {
    return Path.of(System.getProperty("saman.root", "../..")).toAbsolutePath().normalize();
  }

  public static Path tar(String service) {
    return existing(root().resolve(service).resolve("target/jib-image.tar"), service);
  }

  /** The same image built a second time, from an empty layer cache. */
  public static Path rebuiltTar(String service) {
    return existing(root().resolve(service).resolve("target/jib-rebuild/jib-image.tar"), service);
  }

  public static Path digestFile(String service, boolean rebuilt) {
    String dir = rebuilt ? "target/jib-rebuild/" : "target/";
    return existing(root().resolve(service).resolve(dir + "jib-image.digest"), service);
  }

  private static Path existing(Path path, String service) {
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(
          path
              + " is missing: build the images first ("
              + "./mvnw verify -pl "
              + service
              + " -am, without -Djib.skip)");
    }
    return path;
  }
}
