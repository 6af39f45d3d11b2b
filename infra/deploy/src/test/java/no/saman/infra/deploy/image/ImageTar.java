package no.saman.infra.deploy.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * An image as {@code jib:buildTar} writes it (the Docker archive format: {@code manifest.json}, the
 * config blob and one gzipped tar per layer), read without any container tool.
 */
public final class ImageTar {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, byte[]> entries;
  private final JsonNode manifest;

  private ImageTar(Map<String, byte[]> entries) throws IOException {
    this.entries = entries;
    this.manifest = JSON.readTree(blob("manifest.json")).get(0);
  }

  public static ImageTar read(Path tar) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    try (var in = new TarArchiveInputStream(Files.newInputStream(tar))) {
      for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.isFile()) {
          entries.put(e.getName(), in.readAllBytes());
        }
      }
    }
    return new ImageTar(entries);
  }

  public byte[] blob(String name) {
    byte[] bytes = entries.get(name);
    if (bytes == null) {
      throw new IllegalStateException("No " + name + " in the image tar: " + entries.keySet());
    }
    return bytes;
  }

  /** The image config ({@code config} is its runtime part: Entrypoint, Env, User, ...). */
  public JsonNode config() throws IOException {
    return JSON.readTree(configBytes());
  }

  public byte[] configBytes() {
    return blob(manifest.get("Config").asText());
  }

  /** The image id: the SHA-256 of the config blob. */
  public String imageId() {
    return "sha256:" + sha256(configBytes());
  }

  public List<String> layerNames() {
    List<String> names = new ArrayList<>();
    manifest.get("Layers").forEach(n -> names.add(n.asText()));
    return names;
  }

  /** The layers' uncompressed digests in order, as the config's {@code rootfs.diff_ids} lists. */
  public List<String> diffIds() throws IOException {
    List<String> ids = new ArrayList<>();
    for (String layer : layerNames()) {
      try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(blob(layer)))) {
        ids.add("sha256:" + sha256(in.readAllBytes()));
      }
    }
    return ids;
  }

  /** Every entry of every layer, in order, for checks on owners, modes and times. */
  public void forEachLayerEntry(Consumer<TarArchiveEntry> check) throws IOException {
    for (String layer : layerNames()) {
      try (var in = layerStream(layer)) {
        for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          check.accept(e);
        }
      }
    }
  }

  /** Unpacks the layers in order under {@code root}, as a container runtime would. */
  public void extractTo(Path root) throws IOException {
    for (String layer : layerNames()) {
      try (var in = layerStream(layer)) {
        for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          Path target = root.resolve(e.getName().replaceFirst("^/+", "")).normalize();
          if (!target.startsWith(root)) {
            throw new IllegalStateException("Layer entry outside the root: " + e.getName());
          }
          String file = target.getFileName() == null ? "" : target.getFileName().toString();
          if (file.startsWith(".wh.")) {
            deleteRecursively(target.resolveSibling(file.substring(4)));
          } else if (e.isDirectory()) {
            Files.createDirectories(target);
            Files.setPosixFilePermissions(target, permissions(e.getMode()));
          } else if (e.isSymbolicLink()) {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(target);
            Files.createSymbolicLink(target, Path.of(e.getLinkName()));
          } else if (e.isFile()) {
            Files.createDirectories(target.getParent());
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(target, permissions(e.getMode()));
          }
        }
      }
    }
  }

  private TarArchiveInputStream layerStream(String layer) throws IOException {
    return new TarArchiveInputStream(
        new GZIPInputStream(new java.io.ByteArrayInputStream(blob(layer))));
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> set = java.util.EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ ... OTHERS_EXECUTE
    for (int i = 0; i < 9; i++) {
      if ((mode & (1 << (8 - i))) != 0) {
        set.add(bits[i]);
      }
    }
    return set;
  }

  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (var paths = Files.walk(path)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
