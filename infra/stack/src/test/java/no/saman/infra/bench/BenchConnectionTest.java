package no.saman.infra.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load generator's client against the JDK's HTTP server: lengths, chunks, closes, reuse. */
class BenchConnectionTest {

  private HttpServer server;
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private final List<Integer> remotePorts = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/echo",
        x -> {
          byte[] in;
          try (InputStream body = x.getRequestBody()) {
            in = body.readAllBytes();
          }
          seen.add(
              x.getRequestMethod()
                  + " "
                  + x.getRequestURI()
                  + " "
                  + x.getRequestHeaders().getFirst("Content-Type")
                  + " "
                  + new String(in, StandardCharsets.UTF_8));
          remotePorts.add(x.getRemoteAddress().getPort());
          x.sendResponseHeaders(201, in.length);
          try (OutputStream out = x.getResponseBody()) {
            out.write(in);
          }
        });
    server.createContext(
        "/chunked",
        x -> {
          x.sendResponseHeaders(200, 0); // 0: chunked
          try (OutputStream out = x.getResponseBody()) {
            for (int i = 0; i < 50; i++) {
              out.write(("line " + i + " æøå\n").getBytes(StandardCharsets.UTF_8));
              out.flush();
            }
          }
        });
    server.createContext(
        "/closing",
        x -> {
          x.getResponseHeaders().set("Connection", "close");
          remotePorts.add(x.getRemoteAddress().getPort());
          x.sendResponseHeaders(404, -1); // -1: no body
          x.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Test
  void postsJsonAndReadsTheBodyByItsLengthOnOneConnection() throws IOException {
    try (BenchConnection c = new BenchConnection(uri())) {
      for (int i = 0; i < 3; i++) {
        byte[] json = ("{\"n\":" + i + ",\"text\":\"nynorsk æ\"}").getBytes(StandardCharsets.UTF_8);
        BenchConnection.Reply reply = c.postJson("/echo/x" + i, json);
        assertEquals(201, reply.status());
        assertArrayEquals(json, reply.body());
      }
    }
    assertEquals("POST /echo/x2 application/json {\"n\":2,\"text\":\"nynorsk æ\"}", seen.get(2));
    assertEquals(1, remotePorts.stream().distinct().count(), "one keep-alive connection");
  }

  @Test
  void readsChunkedBodies() throws IOException {
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      expected.append("line ").append(i).append(" æøå\n");
    }
    try (BenchConnection c = new BenchConnection(uri())) {
      for (int i = 0; i < 2; i++) {
        BenchConnection.Reply reply = c.get("/chunked");
        assertEquals(200, reply.status());
        assertEquals(expected.toString(), new String(reply.body(), StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void connectsAgainAfterTheServerClosed() throws IOException {
    try (BenchConnection c = new BenchConnection(uri())) {
      assertEquals(404, c.get("/closing").status());
      assertEquals(404, c.get("/closing").status());
    }
    assertEquals(2, remotePorts.stream().distinct().count(), "a new connection after a close");
  }

  @Test
  void aMissingServerIsAnIOExceptionNotAHang() {
    server.stop(0);
    try (BenchConnection c = new BenchConnection(uri())) {
      assertThrows(IOException.class, () -> c.get("/echo"));
    }
  }
}
