package no.saman.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {

  @TempDir Path dir;

  @Test
  void shouldRecordUntilACleanStopLeavesAnArchiveAndThenUseIt() throws IOException {
    Path jar = jar("survey-service.jar", "A.class", "class A");
    ClassArchive first = ClassArchive.of(jar, "survey-1");

    Files.writeString(Path.of(recordOption(first)), "classes");
    first.ended(143);

    ClassArchive second = ClassArchive.of(jar, "survey-1");
    assertThat(second.jvmOptions())
        .contains("-XX:SharedArchiveFile=" + second.archive())
        .noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit"));
    assertThat(Files.readString(second.archive())).isEqualTo("classes");
    assertThat(second.archive().getFileName().toString())
        .startsWith("survey-service-" + Runtime.version().feature());
    assertThat(second.jar()).isNotEqualTo(jar).hasSameBinaryContentAs(jar);
  }

  @Test
  void shouldThrowAwayTheRecordingOfAKilledProcess() throws IOException {
    Path jar = jar("analytics-service.jar", "A.class", "class A");
    ClassArchive killed = ClassArchive.of(jar, "analytics");
    Path recording = Path.of(recordOption(killed));
    Files.writeString(recording, "half an archive");

    killed.ended(137);

    assertThat(recording).doesNotExist();
    assertThat(killed.archive()).doesNotExist();
    assertThat(ClassArchive.of(jar, "analytics").jvmOptions())
        .anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit="));
  }

  @Test
  void shouldKeepTheArchiveWhenTheJarIsBuiltAgainWithTheSameClasses() throws IOException {
    Path jar = jar("survey-service.jar", "A.class", "class A");
    recorded(jar);
    Path copy = ClassArchive.of(jar, "survey").jar();
    FileTime copied = Files.getLastModifiedTime(copy);

    jar("survey-service.jar", "A.class", "class A");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
    ClassArchive rebuilt = ClassArchive.of(jar, "survey");

    assertThat(rebuilt.jvmOptions()).contains("-XX:SharedArchiveFile=" + rebuilt.archive());
    assertThat(Files.getLastModifiedTime(rebuilt.jar())).isEqualTo(copied);
  }

  @Test
  void shouldCopyAndRecordAgainWhenTheClassesChanged() throws IOException {
    Path jar = jar("survey-service.jar", "A.class", "class A");
    recorded(jar);

    jar("survey-service.jar", "A.class", "class A, changed");
    ClassArchive changed = ClassArchive.of(jar, "survey");

    assertThat(changed.jvmOptions()).anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit="));
    assertThat(changed.jar()).hasSameBinaryContentAs(jar);
  }

  @Test
  void shouldKeepTheRecordingsOfTwoInstancesApart() throws IOException {
    Path jar = jar("survey-service.jar", "A.class", "class A");
    assertThat(recordOption(ClassArchive.of(jar, "survey-1")))
        .isNotEqualTo(recordOption(ClassArchive.of(jar, "survey-2")));
  }

  private void recorded(Path jar) throws IOException {
    ClassArchive archive = ClassArchive.of(jar, "survey");
    Files.writeString(Path.of(recordOption(archive)), "classes");
    archive.ended(0);
    // The archive is recorded after the copy it belongs to was made.
    Files.setLastModifiedTime(
        archive.jar(),
        FileTime.from(Files.getLastModifiedTime(archive.archive()).toInstant().minusSeconds(5)));
  }

  private Path jar(String name, String entry, String content) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      ZipEntry e = new ZipEntry(entry);
      e.setTime(System.currentTimeMillis()); // a new build: new entry times, same contents
      zip.putNextEntry(e);
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return jar;
  }

  private static String recordOption(ClassArchive archive) {
    return archive.jvmOptions().stream()
        .filter(o -> o.startsWith("-XX:ArchiveClassesAtExit="))
        .findFirst()
        .orElseThrow()
        .substring("-XX:ArchiveClassesAtExit=".length());
  }
}
