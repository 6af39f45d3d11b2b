package no.saman.infra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * A service jar's class-data-sharing archive (AppCDS) for this JDK: the first start of a jar
 * records the classes it loaded into a dynamic archive when it exits, and later starts map them
 * instead of loading, verifying and linking each again, which took a third of survey-service's
 * start to ready (5.8 → 3.1 s in the intake bench). A recording is kept only when the service
 * stopped cleanly, so that a killed process never leaves a half-written archive.
 *
 * <p>The JVM accepts an archive only for the very jar file it was recorded with (path, size and
 * modification time), and every build writes the jar anew even when nothing in it changed. So the
 * service runs from a copy of its jar beside the archive, replaced (and the archive recorded again)
 * only when the built jar's contents differ: the entries' names, sizes and CRCs, not the times.
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

  /**
   * The archive of the built jar under this JDK, in {@code class-archives/} beside the jar, with
   * the copy to run brought up to date; {@code process} names a recording.
   */
  static ClassArchive of(Path built, String process) {
    String name = built.getFileName().toString().replaceFirst("\\.jar$", "");
    Path dir = built.toAbsolutePath().getParent().resolve("class-archives");
    String jdk = Runtime.version().toString().replaceAll("[^A-Za-z0-9.+-]", "_");
    ClassArchive archive =
        new ClassArchive(
            dir.resolve(name + ".jar"),
            dir.resolve(name + "-" + jdk + ".jsa"),
            dir.resolve(name + "-" + jdk + "." + process + ".recording"));
    archive.copyIfChanged(built);
    return archive;
  }

  /** The jar to run: the copy the archive belongs to. */
  Path jar() {
    return jar;
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

  private void copyIfChanged(Path built) {
    Path contents = jar.resolveSibling(jar.getFileName() + ".contents");
    try {
      String fingerprint = contents(built);
      if (Files.isRegularFile(jar)
          && Files.isRegularFile(contents)
          && Files.readString(contents).equals(fingerprint)) {
        return;
      }
      Files.createDirectories(jar.getParent());
      // A new file moved into place: a service still running from the old copy keeps reading it.
      Path copy = Files.createTempFile(jar.getParent(), jar.getFileName().toString(), ".part");
      Files.copy(built, copy, StandardCopyOption.REPLACE_EXISTING);
      Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      Files.writeString(contents, fingerprint);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not copy " + built + " to " + jar, e);
    }
  }

  /** The jar's entries (name, size, CRC) as one digest: equal for a rebuild of the same classes. */
  static String contents(Path jar) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      zip.stream()
          .forEach(
              e ->
                  digest.update(
                      (e.getName() + '\0' + e.getSize() + '\0' + e.getCrc() + '\n')
                          .getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
