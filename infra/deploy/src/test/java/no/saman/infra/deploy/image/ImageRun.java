package no.saman.infra.deploy.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Starts a container's process from an unpacked image without a container runtime: its own
 * entrypoint, environment, working directory and user, with the local JDK standing in for the base
 * image's JRE at {@code JAVA_HOME}. Paths of the image are mapped under the unpacked root (there is
 * no chroot: the JDK and its libraries live outside it).
 */
public final class ImageRun {

  private final Path root;
  private final JsonNode config;

  public ImageRun(Path root, JsonNode imageConfig) {
    this.root = root;
    this.config = imageConfig.get("config");
  }

  /** The image's {@code Env}, as a map in its order. */
  public Map<String, String> imageEnv() {
    Map<String, String> env = new LinkedHashMap<>();
    config
        .get("Env")
        .forEach(n -> env.put(n.asText().split("=", 2)[0], n.asText().split("=", 2)[1]));
    return env;
  }

  /** Puts the local JDK where the image expects its JRE ({@code JAVA_HOME} of the image). */
  public void provideJre() throws IOException {
    Path javaHome = host(imageEnv().get("JAVA_HOME"));
    Files.createDirectories(javaHome.getParent());
    Files.deleteIfExists(javaHome);
    Files.createSymbolicLink(javaHome, Path.of(System.getProperty("java.home")));
  }

  /**
   * Starts the entrypoint with the image's environment plus {@code settings} (what compose or the
   * Deployment adds), as the image's user when this JVM may switch to it, output to {@code log}.
   */
  public Process start(Map<String, String> settings, Path log) throws IOException {
    List<String> command = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of(SETPRIV))) {
      String[] user = config.get("User").asText().split(":");
      command.addAll(
          List.of(SETPRIV, "--reuid=" + user[0], "--regid=" + user[1], "--clear-groups", "--"));
    }
    List<String> entrypoint = new ArrayList<>();
    config.get("Entrypoint").forEach(n -> entrypoint.add(n.asText()));
    command.add(executable(entrypoint.get(0)));
    for (String arg : entrypoint.subList(1, entrypoint.size())) {
      command.add(arg.startsWith("@/") ? "@" + hostArgFile(arg.substring(1)) : arg);
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    Map<String, String> env = new LinkedHashMap<>(imageEnv());
    env.put("PATH", hostPathList(env.get("PATH")));
    env.put("JAVA_HOME", host(env.get("JAVA_HOME")).toString());
    env.putAll(settings);
    builder.environment().putAll(env);
    builder.directory(host(config.get("WorkingDir").asText()).toFile());
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    return builder.start();
  }

  private static final String SETPRIV = "/usr/bin/setpriv";

  /** The entrypoint's program: an absolute path of the image, or looked up on the image's PATH. */
  private String executable(String program) {
    if (program.startsWith("/")) {
      return host(program).toString();
    }
    return Arrays.stream(imageEnv().get("PATH").split(":"))
        .map(dir -> host(dir).resolve(program))
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(program + " is not on the image's PATH"))
        .toString();
  }

  /** A copy of an argument file of the image (Jib's classpath file) with its paths mapped. */
  private Path hostArgFile(String imagePath) throws IOException {
    Path original = host(imagePath);
    Path mapped = original.resolveSibling(original.getFileName() + ".host");
    Files.writeString(mapped, hostPathList(Files.readString(original).strip()));
    return mapped;
  }

  private String hostPathList(String list) {
    return Arrays.stream(list.split(":"))
        .map(p -> p.startsWith("/") ? host(p).toString() : p)
        .collect(Collectors.joining(":"));
  }

  public Path host(String imagePath) {
    return root.resolve(imagePath.replaceFirst("^/+", ""));
  }
}
