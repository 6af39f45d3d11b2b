package no.saman.infra.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.saman.infra.deploy.image.ServiceImages;

/** The settings table of the repository's README: what a deployment must be able to set. */
public record ReadmeSettings(String variable, String usedBy) {

  private static final Pattern ROW = Pattern.compile("^\\| `([A-Z0-9_]+)` \\|[^|]*\\| ([^|]+) \\|");

  public static List<ReadmeSettings> all() throws IOException {
    List<String> lines = Files.readAllLines(ServiceImages.root().resolve("README.md"));
    int start = lines.indexOf("## Settings");
    if (start < 0) {
      throw new IllegalStateException("README.md has no '## Settings' section");
    }
    List<ReadmeSettings> settings = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      Matcher m = ROW.matcher(line);
      if (m.find()) {
        settings.add(new ReadmeSettings(m.group(1), m.group(2).trim()));
      }
    }
    return settings;
  }

  /** Whether {@code service} (survey-service or analytics-service) reads this setting. */
  public boolean usedBy(String service) {
    return usedBy.contains("both services") || usedBy.contains(service);
  }
}
