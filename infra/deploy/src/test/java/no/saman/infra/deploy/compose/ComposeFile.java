package no.saman.infra.deploy.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.saman.infra.deploy.image.ServiceImages;

/** {@code infra/deploy/compose.yaml} and its {@code .env.example}, as the tests read them. */
record ComposeFile(String text, JsonNode tree, Map<String, String> envExample) {

  private static final Pattern INTERPOLATION =
      Pattern.compile("\\$\\{([A-Z0-9_]+)([:?\\-][^}]*)?}");

  static Path dir() {
    return ServiceImages.root().resolve("infra/deploy");
  }

  static ComposeFile load() throws IOException {
    String text = Files.readString(dir().resolve("compose.yaml"));
    Map<String, String> env = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir().resolve(".env.example"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] kv = line.split("=", 2);
        env.put(kv[0].trim(), kv.length > 1 ? kv[1].trim() : "");
      }
    }
    return new ComposeFile(text, new YAMLMapper().readTree(text), env);
  }

  JsonNode service(String name) {
    JsonNode service = tree.path("services").path(name);
    if (service.isMissingNode()) {
      throw new IllegalStateException("compose.yaml has no service " + name);
    }
    return service;
  }

  /** The variables compose.yaml takes from the environment ({@code ${NAME...}}). */
  Set<String> interpolatedVariables() {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = INTERPOLATION.matcher(text.replace("$$", ""));
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** Whether {@code value} is exactly a required interpolation of {@code variable}. */
  static boolean isRequiredInterpolation(String value, String variable) {
    return value.matches("\\$\\{" + variable + ":\\?[^}]*}");
  }
}
