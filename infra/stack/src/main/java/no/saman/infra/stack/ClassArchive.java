package no.saman.infra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A service jar's class-data-sharing archive (AppCDS) for this JDK: the first start of a jar
 * records the classes it loaded into a dynamic archive when it exits, and later starts map them
 * instead of loading, verifying and linking each again, which took a third of survey-service's
 * start to ready (5.8 → 3.9 s in the intake bench). A recording is kept only when the service
 * stopped cleanly, so that a killed process never leaves a half-written archive; a jar built after
 * its archive is recorded again. The JVM refuses an archive that does not match its jar and JDK and
 * then starts as without one.
 */
final class ClassArchive {

  // SIGTERM, as Process.destroy sends: the JVM runs its exit (and the dump) and exits with 143.
  private static final int TERMINATED = 143;

  private final Path jar;
  private final Path archive;
  private final Path recording;

  private ClassArchive(Path jar, Path archive, Path recording) {
    this.jar = jar;
    this.archive = archive;
    this.recording = recording;
  }

  /** The archive of the jar under this JDK, beside the jar; {@code process} names a recording. */
  static ClassArchive of(Path jar, String process) {
    String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
    Path dir = jar.toAbsolutePath().getParent().resolve("class-archives");
    String jdk = Runtime.version().toString().replaceAll("[^A-Za-z0-9.+-]", "_");
    return new ClassArchive(
        jar,
        dir.resolve(name + "-" + jdk + ".jsa"),
        dir.resolve(name + "-" + jdk + "." + process + ".recording"));
  }

  /** The JVM options that use the archive, or record it when there is none for this jar yet. */
  List<String> jvmOptions() {
    // The JVM's notes on classes it leaves out of an archive are not the service's to log.
    List<String> quiet = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    if (current()) {
      return concat(List.of("-XX:SharedArchiveFile=" + archive), quiet);
    }
    try {
      Files.createDirectories(recording.getParent());
      Files.deleteIfExists(recording);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not prepare " + recording, e);
    }
    return concat(List.of("-XX:ArchiveClassesAtExit=" + recording), quiet);
  }

  /** After the process ended: keeps its recording if it stopped cleanly, else throws it away. */
  void ended(int exitValue) {
    try {
      if ((exitValue == 0 || exitValue == TERMINATED) && Files.isRegularFile(recording)) {
        Files.move(
            recording,
            archive,
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } else {
        Files.deleteIfExists(recording);
      }
    } catch (IOException e) {
      // Only the next start's speed depends on it: that start records again.
    }
  }

  Path archive() {
    return archive;
  }

  private boolean current() {
    try {
      return Files.isRegularFile(archive)
          && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
