package no.saman.infra.testing;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A throwaway schema on the real MySQL-compatible server at {@code MYSQL_URL} (default {@code
 * jdbc:mysql://127.0.0.1:3306}, user {@code MYSQL_USER}/root, password {@code
 * MYSQL_PASSWORD}/empty): each test class gets its own, dropped when it closes.
 */
public final class TestDatabase implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String schema;

  private TestDatabase(String schema) {
    this.schema = schema;
  }

  /** Creates a fresh, empty schema whose name starts with {@code t_<prefix>_}. */
  public static TestDatabase create(String prefix) {
    byte[] suffix = new byte[5];
    RANDOM.nextBytes(suffix);
    String name =
        "t_" + prefix.replaceAll("[^A-Za-z0-9]", "_") + "_" + HexFormat.of().formatHex(suffix);
    execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    return new TestDatabase(name);
  }

  public static String serverUrl() {
    String url = System.getenv().getOrDefault("MYSQL_URL", "jdbc:mysql://127.0.0.1:3306");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public static String user() {
    return System.getenv().getOrDefault("MYSQL_USER", "root");
  }

  public static String password() {
    return System.getenv().getOrDefault("MYSQL_PASSWORD", "");
  }

  public String schema() {
    return schema;
  }

  public String jdbcUrl() {
    return serverUrl()
        + "/"
        + schema
        + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC";
  }

  /** The server's host and port, from {@code MYSQL_URL}: where a {@link TcpProxy} forwards to. */
  public static java.net.InetSocketAddress serverAddress() {
    java.net.URI uri = java.net.URI.create(serverUrl().substring("jdbc:".length()));
    return java.net.InetSocketAddress.createUnresolved(
        uri.getHost(), uri.getPort() < 0 ? 3306 : uri.getPort());
  }

  /** This schema's JDBC URL through a local port, e.g. a {@link TcpProxy}'s. */
  public String jdbcUrlThrough(int localPort) {
    return "jdbc:mysql://127.0.0.1:"
        + localPort
        + "/"
        + schema
        + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC";
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), user(), password());
  }

  @Override
  public void close() {
    execute("DROP DATABASE IF EXISTS `" + schema + "`");
  }

  private static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(serverUrl() + "/", user(), password());
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "MySQL at "
              + serverUrl()
              + " is not reachable or refused '"
              + sql
              + "'. Run infra/mysql/provision.sh or set MYSQL_URL.",
          e);
    }
  }
}
