package no.saman.infra.stack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service of the stack running as its own operating-system process, with its output in a log
 * file; started, awaited until it reports healthy, and stopped.
 */
public final class ServiceProcess implements AutoCloseable {

  private final String name;
  private final Process process;
  private final Path log;
  private final URI healthUrl;
  private ClassArchive archive; // null unless the process uses or records one

  private ServiceProcess(String name, Process process, Path log, URI healthUrl) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.healthUrl = healthUrl;
  }

  /** Starts {@code java <jvmArgs> -jar <jar>} with extra environment variables. */
  public static ServiceProcess startJar(
      String name, Path jar, Map<String, String> env, Path logDir, int port) {
    return startJar(name, jar, List.of(), env, logDir, port);
  }

  /** As above, with further JVM options (e.g. a flight recording) after the default heap and GC. */
  public static ServiceProcess startJar(
      String name,
      Path jar,
      List<String> jvmOptions,
      Map<String, String> env,
      Path logDir,
      int port) {
    List<String> jvmArgs = new ArrayList<>(List.of("-Xmx384m", "-XX:+UseSerialGC"));
    jvmArgs.addAll(jvmOptions);
    return startJar(name, jar, jvmArgs, List.of(), env, logDir, port);
  }

  /**
   * As above, starting from the jar's class archive, or recording it at a clean stop (see {@link
   * ClassArchive}): for the benchmarks and tests, which start the same build many times. Not for
   * the local stack, which builds the jars anew at every start (and compiled report templates
   * differ from build to build, so a new jar never matches an old archive).
   */
  public static ServiceProcess startJarFromClassArchive(
      String name,
      Path jar,
      List<String> jvmOptions,
      Map<String, String> env,
      Path logDir,
      int port) {
    requireJar(name, jar);
    ClassArchive archive = ClassArchive.of(jar, name);
    List<String> options = new ArrayList<>(archive.jvmOptions());
    options.addAll(jvmOptions);
    ServiceProcess started = startJar(name, jar, options, env, logDir, port);
    started.archive = archive;
    return started;
  }

  /**
   * Starts {@code java <jvmArgs> -jar <jar> <args>}; a port of 0 means a command that serves
   * nothing (await its end with {@link #awaitExit}).
   */
  public static ServiceProcess startJar(
      String name,
      Path jar,
      List<String> jvmArgs,
      List<String> args,
      Map<String, String> env,
      Path logDir,
      int port) {
    requireJar(name, jar);
    List<String> command = new ArrayList<>();
    command.add(javaBinary());
    command.addAll(jvmArgs);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(args);
    return start(name, command, env, logDir, URI.create("http://127.0.0.1:" + port + "/health"));
  }

  private static void requireJar(String name, Path jar) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          name + ": " + jar + " is missing; build it with ./mvnw install");
    }
  }

  /** Waits for the process to end; fails with its log's tail unless it exited with 0. */
  public void awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(name + " did not finish within " + timeout + ":\n" + tail());
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          name + " exited with " + process.exitValue() + ":\n" + tail());
    }
  }

  /** Starts a main class of this JVM's classpath as a separate process. */
  public static ServiceProcess startMain(
      String name, String mainClass, List<String> args, Path logDir, URI healthUrl) {
    List<String> command =
        new ArrayList<>(
            List.of(
                javaBinary(), "-Xmx512m", "-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(args);
    return start(name, command, Map.of(), logDir, healthUrl);
  }

  private static ServiceProcess start(
      String name, List<String> command, Map<String, String> env, Path logDir, URI healthUrl) {
    try {
      Files.createDirectories(logDir);
      Path log = logDir.resolve(name + ".log");
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(env);
      return new ServiceProcess(name, builder.start(), log, healthUrl);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + name, e);
    }
  }

  /** Waits until the process answers its health URL (any 2xx), or fails with its log's tail. */
  public ServiceProcess awaitHealthy(Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " exited with " + process.exitValue() + ":\n" + tail());
      }
      if (healthUrl.getScheme().equals("tcp") ? portOpen() : healthy(http)) {
        return this;
      }
      pause();
    }
    throw new IllegalStateException(name + " was not healthy within " + timeout + ":\n" + tail());
  }

  private boolean healthy(HttpClient http) {
    try {
      HttpResponse<Void> r =
          http.send(
              HttpRequest.newBuilder(healthUrl).timeout(Duration.ofSeconds(2)).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      return r.statusCode() / 100 == 2;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private boolean portOpen() {
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress(healthUrl.getHost(), healthUrl.getPort()), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  public Path log() {
    return log;
  }

  public long pid() {
    return process.pid();
  }

  /** The last lines of the log, for error messages. */
  public String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Kills the process at once (SIGKILL, as {@code kill -9}): no shutdown hook, no clean-up. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
    ended();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    ended();
  }

  private void ended() {
    if (archive != null && !process.isAlive()) {
      archive.ended(process.exitValue());
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return name + " (pid " + process.pid() + ", log " + log + File.separator + ")";
  }
}
