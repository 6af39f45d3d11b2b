package no.saman.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {

  @TempDir Path dir;

  @Test
  void shouldRecordUntilACleanStopLeavesAnArchiveAndThenUseIt() throws IOException {
    Path jar = Files.writeString(dir.resolve("survey-service.jar"), "jar");
    ClassArchive first = ClassArchive.of(jar, "survey-1");

    String record = recordOption(first);
    Files.writeString(Path.of(record), "classes");
    first.ended(143);

    ClassArchive second = ClassArchive.of(jar, "survey-1");
    assertThat(second.jvmOptions())
        .contains("-XX:SharedArchiveFile=" + second.archive())
        .noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit"));
    assertThat(Files.readString(second.archive())).isEqualTo("classes");
    assertThat(second.archive().getFileName().toString())
        .startsWith("survey-service-" + Runtime.version().feature());
  }

  @Test
  void shouldThrowAwayTheRecordingOfAKilledProcess() throws IOException {
    Path jar = Files.writeString(dir.resolve("analytics-service.jar"), "jar");
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
  void shouldRecordAgainForAJarBuiltAfterItsArchive() throws IOException {
    Path jar = Files.writeString(dir.resolve("survey-service.jar"), "jar");
    ClassArchive old = ClassArchive.of(jar, "survey");
    Files.writeString(Path.of(recordOption(old)), "classes");
    old.ended(0);
    Files.setLastModifiedTime(old.archive(), FileTime.from(Instant.now().minusSeconds(60)));
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));

    assertThat(ClassArchive.of(jar, "survey").jvmOptions())
        .anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit="));
  }

  @Test
  void shouldKeepTheRecordingsOfTwoInstancesApart() {
    Path jar = dir.resolve("survey-service.jar");
    assertThat(recordOption(ClassArchive.of(jar, "survey-1")))
        .isNotEqualTo(recordOption(ClassArchive.of(jar, "survey-2")));
  }

  private static String recordOption(ClassArchive archive) {
    return archive.jvmOptions().stream()
        .filter(o -> o.startsWith("-XX:ArchiveClassesAtExit="))
        .findFirst()
        .orElseThrow()
        .substring("-XX:ArchiveClassesAtExit=".length());
  }
}
